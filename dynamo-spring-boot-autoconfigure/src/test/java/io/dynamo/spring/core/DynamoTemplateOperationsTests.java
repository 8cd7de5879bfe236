/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.mapping.ItemSizeExceededException;
import io.dynamo.spring.testentities.AccountEvent;
import io.dynamo.spring.testentities.Blob;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testentities.Note;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testsupport.AwsCli;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.OptimisticLockingFailureException;

import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Single-item operations of {@link DynamoTemplate} against the embedded engine: get,
 * save, insert, delete, update actions, return values, optimistic locking, key templates,
 * generated ids and the item size check.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoTemplateOperationsTests {

	private static EmbeddedDynamo local;

	private static DynamoTemplate template;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Customer.class, Order.class, Note.class, AccountEvent.class, Blob.class);
		template = local.template();
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	@Test
	void whenNoItemHasTheKeyThenFindByIdIsEmpty() {
		assertThat(template.findById(Customer.class, "nobody")).isEmpty();
	}

	@Test
	void whenReadingConsistentlyWithAProjectionThenOnlyProjectedAttributesAndKeysAreSet() {
		template.save(EntityTypesRoundTripTests.fullCustomer("proj-1"));
		Customer read = template
			.findById(Customer.class, "proj-1", null,
					ReadOptions.consistent().withProjection(Projection.of("name", "address.city")))
			.orElseThrow();
		assertThat(read.id()).isEqualTo("proj-1");
		assertThat(read.name()).isEqualTo("Ada");
		assertThat(read.address().city()).isEqualTo("London");
		assertThat(read.address().street()).isNull();
		assertThat(read.age()).isZero();
		assertThat(read.tags()).isNull();
	}

	@Test
	void whenAProjectionNamesAnUnknownAttributeThenItFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(
					() -> template.findById(Customer.class, "x", null, ReadOptions.projection(Projection.of("nmae"))))
			.withMessageContaining("Customer has no attribute 'nmae'")
			.withMessageContaining("name");
	}

	@Test
	void whenInsertingAnExistingKeyThenDuplicateKeyExceptionCarriesTheStoredItem() {
		template.insert(Customer.minimal("dup-1", "first"));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> template.insert(Customer.minimal("dup-1", "second")))
			.withMessageContaining("Customer with key [id=dup-1] already exists")
			.satisfies((ex) -> assertThat(((DynamoDuplicateKeyException) ex).getExistingItem().entity())
				.isEqualTo(Customer.minimal("dup-1", "first")));
		assertThat(template.findById(Customer.class, "dup-1").orElseThrow().name()).isEqualTo("first");
	}

	@Test
	void whenAnEntityWritesNothingOfItsOwnThenSaveReturnsItAndStoresIt() {
		Blob blob = new Blob("plain-1", "payload", "note");
		assertThat(template.save(blob)).isSameAs(blob);
		assertThat(template.findById(Blob.class, "plain-1")).contains(blob);
	}

	@Test
	void whenAnEntityHasAVersionThenSaveReturnsANewInstanceAsWritten() {
		Order order = new Order("carol", "o-new", "OPEN", BigDecimal.TEN);
		Order saved = template.save(order);
		assertThat(saved).isNotSameAs(order);
		assertThat(saved.getVersion()).isEqualTo(1L);
		assertThat(template.findById(Order.class, "carol", "o-new").orElseThrow().getVersion()).isEqualTo(1L);
	}

	@Test
	void whenAVersionedEntityIsSavedTwiceFromTheSameCopyThenTheSecondSaveFails() {
		Order saved = template.save(new Order("bob", "o-lock", "OPEN", BigDecimal.ONE));
		Order first = template.findById(Order.class, "bob", "o-lock").orElseThrow();
		Order second = template.findById(Order.class, "bob", "o-lock").orElseThrow();
		first.setStatus("PAID");
		Order written = template.save(first);
		assertThat(written.getVersion()).isEqualTo(saved.getVersion() + 1);
		second.setStatus("CANCELLED");
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> template.save(second))
			.withMessageContaining("expected version 1 but found 2")
			.satisfies((ex) -> assertThat(
					((Order) ((DynamoOptimisticLockingFailureException) ex).getExistingItem().entity()).getStatus())
				.isEqualTo("PAID"));
		assertThat(template.findById(Order.class, "bob", "o-lock").orElseThrow().getStatus()).isEqualTo("PAID");
	}

	@Test
	void whenANewVersionedEntityMeetsAStoredItemThenSaveFailsWithOptimisticLocking() {
		template.save(new Order("bob", "o-new", "OPEN", BigDecimal.ONE));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> template.save(new Order("bob", "o-new", "OPEN", BigDecimal.TEN)));
	}

	@Test
	void whenDeletingAStaleVersionThenItFailsAndTheItemStays() {
		template.save(new Order("carol", "o-del", "OPEN", BigDecimal.ONE));
		Order stale = template.findById(Order.class, "carol", "o-del").orElseThrow();
		Order fresh = template.findById(Order.class, "carol", "o-del").orElseThrow();
		fresh.setStatus("PAID");
		template.save(fresh);
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> template.delete(stale));
		template.delete(template.findById(Order.class, "carol", "o-del").orElseThrow());
		assertThat(template.findById(Order.class, "carol", "o-del")).isEmpty();
	}

	@Test
	void whenUpdatingByKeyThenTheVersionIsIncrementedSoStaleSavesFail() {
		template.save(new Order("dave", "o-upd", "OPEN", BigDecimal.ONE));
		Order stale = template.findById(Order.class, "dave", "o-upd").orElseThrow();
		Order updated = template.update(Order.class, "dave", "o-upd", Update.update().set("status", "SHIPPED"))
			.entity()
			.orElseThrow();
		assertThat(updated.getVersion()).isEqualTo(2L);
		assertThat(updated.getModified()).isAfterOrEqualTo(stale.getModified());
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> template.save(stale));
	}

	@Test
	void whenDeletingByIdThenTheOldItemIsReturned() {
		template.save(Customer.minimal("del-1", "gone"));
		assertThat(template.deleteById(Customer.class, "del-1", null)).contains(Customer.minimal("del-1", "gone"));
		assertThat(template.deleteById(Customer.class, "del-1", null)).isEmpty();
	}

	@Test
	void whenDeletingByIdUnderAFailingConditionThenTheItemStaysAndTheExceptionCarriesIt() {
		template.save(Customer.minimal("del-2", "kept"));
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> template.deleteById(Customer.class, "del-2", null, where("name").eq("other")))
			.satisfies((ex) -> assertThat(ex.getExistingItem().attributes().get("name").s()).isEqualTo("kept"));
		assertThat(template.findById(Customer.class, "del-2")).isPresent();
	}

	@Test
	void whenSavingUnderAConditionThenItIsWrittenOnlyWhenItHolds() {
		template.save(Customer.minimal("cond-1", "v1"));
		template.save(Customer.minimal("cond-1", "v2"), where("name").eq("v1"));
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> template.save(Customer.minimal("cond-1", "v3"), where("name").eq("v1")))
			.withMessageContaining("ConditionalCheckFailedException")
			.withMessageContaining("requestId=");
		assertThat(template.findById(Customer.class, "cond-1").orElseThrow().name()).isEqualTo("v2");
	}

	@Test
	void whenEveryUpdateActionIsAppliedThenTheItemReflectsEachOne() {
		template.save(new Note("n-upd", "hello", 10, Set.of("a", "b"), List.of("created"), Map.of("likes", 1), null));
		Note updated = template
			.update(Note.class, "n-upd", null,
					Update.update()
						.set("text", "hello world")
						.setIfNotExists("views", 999)
						.add("stats.likes", 4)
						.subtract("stats.dislikes", 2)
						.appendToList("events", List.of("edited"))
						.addToSet("tags", Set.of("c")))
			.entity()
			.orElseThrow();
		assertThat(updated.tags()).containsExactlyInAnyOrder("a", "b", "c");
		updated = template
			.update(Note.class, "n-upd", null,
					Update.update().prependToList("events", List.of("drafted")).deleteFromSet("tags", Set.of("a")))
			.entity()
			.orElseThrow();
		assertThat(updated.text()).isEqualTo("hello world");
		assertThat(updated.views()).isEqualTo(10);
		assertThat(updated.stats()).containsEntry("likes", 5).containsEntry("dislikes", -2);
		assertThat(updated.events()).containsExactly("drafted", "created", "edited");
		assertThat(updated.tags()).containsExactlyInAnyOrder("b", "c");
		Note removed = template
			.update(Note.class, "n-upd", null,
					Update.update().remove("views").remove("events[0]").set("stats.likes", 0))
			.entity()
			.orElseThrow();
		assertThat(removed.views()).isNull();
		assertThat(removed.events()).containsExactly("created", "edited");
		assertThat(removed.stats()).containsEntry("likes", 0);
	}

	@Test
	void whenUpdatingNestedPathsAndListIndicesThenOnlyThoseChange() {
		template.save(EntityTypesRoundTripTests.fullCustomer("nested-1"));
		Customer updated = template
			.update(Customer.class, "nested-1", null,
					Update.update().set("address.city", "Cambridge").add("previousAddresses[0].zip", 1))
			.entity()
			.orElseThrow();
		assertThat(updated.address().city()).isEqualTo("Cambridge");
		assertThat(updated.address().street()).isEqualTo("1 Main St");
		assertThat(updated.previousAddresses().get(0).zip()).isEqualTo(12346);
	}

	@Test
	void whenAnUpdateCreatesAnAbsentItemThenCountersStartAtZero() {
		Note created = template.update(Note.class, "n-fresh", null, Update.update().add("views", 3))
			.entity()
			.orElseThrow();
		assertThat(created.views()).isEqualTo(3);
		assertThat(created.version()).isEqualTo(1L);
	}

	@Test
	void whenAskingForEachReturnValueThenDynamoDbsAnswerIsGiven() {
		template.save(new Note("n-ret", "one", 1, null, null, null, null));
		UpdateResult<Note> none = template.update(Note.class, "n-ret", null, Update.update().set("text", "two"),
				UpdateOptions.DEFAULT.returning(ReturnValue.NONE));
		assertThat(none.attributes()).isEmpty();
		assertThat(none.entity()).isEmpty();
		UpdateResult<Note> updatedOld = template.update(Note.class, "n-ret", null, Update.update().set("text", "three"),
				UpdateOptions.DEFAULT.returning(ReturnValue.UPDATED_OLD));
		assertThat(updatedOld.attributes().get("text").s()).isEqualTo("two");
		assertThat(updatedOld.attributes()).doesNotContainKey("id");
		UpdateResult<Note> allOld = template.update(Note.class, "n-ret", null, Update.update().set("text", "four"),
				UpdateOptions.DEFAULT.returning(ReturnValue.ALL_OLD));
		assertThat(allOld.entity().orElseThrow().text()).isEqualTo("three");
		UpdateResult<Note> updatedNew = template.update(Note.class, "n-ret", null, Update.update().set("text", "five"),
				UpdateOptions.DEFAULT.returning(ReturnValue.UPDATED_NEW));
		assertThat(updatedNew.attributes().get("text").s()).isEqualTo("five");
		assertThat(updatedNew.attributes()).doesNotContainKey("id");
		UpdateResult<Note> allNew = template.update(Note.class, "n-ret", null, Update.update().set("text", "six"));
		assertThat(allNew.entity().orElseThrow().text()).isEqualTo("six");
	}

	@Test
	void whenAnUpdateConditionFailsThenTheStoredItemIsOnTheException() {
		template.save(new Note("n-cond", "draft", 1, null, null, null, null));
		assertThatExceptionOfType(DynamoConditionFailedException.class)
			.isThrownBy(() -> template.update(Note.class, "n-cond", null, Update.update().set("text", "final"),
					UpdateOptions.when(where("text").eq("published"))))
			.satisfies((ex) -> assertThat(((Note) ex.getExistingItem().entity()).text()).isEqualTo("draft"));
		assertThat(template.findById(Note.class, "n-cond").orElseThrow().text()).isEqualTo("draft");
	}

	@Test
	void whenTwoActionsOfAnUpdateOverlapThenItFailsBeforeSending() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> template.update(Note.class, "n-overlap", null,
					Update.update().addToSet("tags", Set.of("a")).deleteFromSet("tags", Set.of("b"))))
			.withMessageContaining("touch 'tags' and 'tags'")
			.withMessageContaining("split it into two updates");
		assertThat(template.findById(Note.class, "n-overlap")).isEmpty();
	}

	@Test
	void whenAnUpdateTouchesAKeyAttributeThenItFailsBeforeSending() {
		assertThatExceptionOfType(IllegalArgumentException.class)
			.isThrownBy(() -> template.update(Note.class, "n-key", null, Update.update().set("id", "other")))
			.withMessageContaining("Key attribute 'id' of Note cannot be updated");
	}

	@Test
	void whenAnUpdateNamesAnUnknownAttributeThenItFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.update(Note.class, "n-x", null, Update.update().set("txet", "typo")))
			.withMessageContaining("Note has no attribute 'txet'");
		assertThat(template.findById(Note.class, "n-x")).isEmpty();
	}

	@Test
	void whenAnEntityWithoutIdIsSavedThenAUlidIsGenerated() {
		Note first = template.save(Note.of(null, "first"));
		Note second = template.save(Note.of(null, "second"));
		assertThat(first.id()).hasSize(26).matches("[0-9A-HJKMNP-TV-Z]{26}");
		assertThat(second.id()).isGreaterThan(first.id());
		assertThat(template.findById(Note.class, first.id()).orElseThrow().text()).isEqualTo("first");
	}

	@Test
	void whenAnEntityHasKeyTemplatesThenKeysAreBuiltAndParsedBack() {
		AccountEvent event = new AccountEvent("acc-42", LocalDate.of(2026, 11, 21), "e-7", 250);
		template.save(event);
		Map<String, AttributeValue> item = local.client()
			.getItem((get) -> get.tableName("app")
				.key(Map.of("pk", AttributeValue.fromS("ACCOUNT#acc-42"), "sk",
						AttributeValue.fromS("EVENT#2026-11-21#e-7"))))
			.item();
		assertThat(item).containsKeys("pk", "sk", "accountId", "amount");
		assertThat(template.findById(AccountEvent.class, "acc-42",
				Map.of("day", LocalDate.of(2026, 11, 21), "eventId", "e-7")))
			.contains(event);
	}

	@Test
	void whenAnItemHasOnlyTemplatedKeysThenTheirAttributesAreParsedOnRead() {
		local.client()
			.putItem((put) -> put.tableName("app")
				.item(Map.of("pk", AttributeValue.fromS("ACCOUNT#acc-9"), "sk",
						AttributeValue.fromS("EVENT#2026-01-02#e-1"), "amount", AttributeValue.fromN("5"))));
		AccountEvent read = template
			.findById(AccountEvent.class, "acc-9", Map.of("day", LocalDate.of(2026, 1, 2), "eventId", "e-1"))
			.orElseThrow();
		assertThat(read).isEqualTo(new AccountEvent("acc-9", LocalDate.of(2026, 1, 2), "e-1", 5));
	}

	@Test
	void whenAKeyTemplateHasSeveralPlaceholdersAndOneValueIsGivenThenTheErrorSaysToPassAMap() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.findById(AccountEvent.class, "acc-1", "e-1"))
			.withMessageContaining("pass a Map of those attribute values");
	}

	@Test
	void whenAnItemIsOver400KbThenNothingIsSentAndTheLargestAttributesAreNamed() {
		String big = "x".repeat(300 * 1024);
		Blob blob = new Blob("big-1", big, "y".repeat(120 * 1024));
		assertThatExceptionOfType(ItemSizeExceededException.class).isThrownBy(() -> template.save(blob))
			.withMessageContaining("Item of Blob is")
			.withMessageContaining("largest attributes: payload (307207 bytes), note (122884 bytes)")
			.withMessageContaining("Nothing was written");
		assertThat(template.findById(Blob.class, "big-1")).isEmpty();
	}

	@Test
	void whenAnItemIsJustUnder400KbThenDynamoDbAcceptsIt() {
		Blob blob = new Blob("big-2", "x".repeat(400 * 1024 - 40), null);
		assertThat(io.dynamo.spring.mapping.ItemSizes.sizeOf(local.mappingContext().getEntity(Blob.class).toItem(blob)))
			.isLessThanOrEqualTo(400 * 1024);
		template.save(blob);
		assertThat(template.findById(Blob.class, "big-2")).isPresent();
	}

	@Test
	void whenTheTableDoesNotExistThenTheErrorSaysHowToCreateIt() {
		DynamoTemplate other = new DynamoTemplate(local.client(), new io.dynamo.spring.mapping.DynamoMappingContext(
				new io.dynamo.spring.mapping.TableNameResolver("missing-", null)));
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> other.findById(Customer.class, "x"))
			.withMessageContaining("GetItem on table 'missing-customers' failed")
			.withMessageContaining("dynamo.schema.action=create");
	}

	@Test
	void whenTheAwsCliReadsATemplatedItemThenItSeesTheBuiltKeys() {
		AwsCli.require();
		template.save(new AccountEvent("acc-cli", LocalDate.of(2026, 5, 1), "e-9", 1));
		String json = AwsCli.run(local.endpoint(), "dynamodb", "get-item", "--table-name", "app", "--key",
				"{\"pk\":{\"S\":\"ACCOUNT#acc-cli\"},\"sk\":{\"S\":\"EVENT#2026-05-01#e-9\"}}");
		assertThat(json).contains("\"amount\":{\"N\":\"1\"}");
	}

}
