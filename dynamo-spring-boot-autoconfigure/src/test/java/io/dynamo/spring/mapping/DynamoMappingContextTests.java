/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.spring.testentities.AccountEvent;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testentities.RestartableBean;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoMappingContext}: metadata of valid entities, clear errors for
 * invalid ones, caching, and mapping under a separate class loader.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoMappingContextTests {

	private final DynamoMappingContext context = new DynamoMappingContext(new TableNameResolver("dev-", "-v1"));

	@Test
	void whenABeanIsMappedThenKeysIndexesVersionAndTableNameAreKnown() {
		EntityMetadata<Order> order = this.context.getEntity(Order.class);
		assertThat(order.tableName()).isEqualTo("dev-order-v1");
		assertThat(order.partitionKey()).isEqualTo("customerId");
		assertThat(order.sortKey()).isEqualTo("orderId");
		assertThat(order.versionAttribute()).isEqualTo("version");
		assertThat(order.indexes()).containsExactlyInAnyOrder(
				new IndexDefinition("byStatus", false, "status", "orderId", ProjectionType.INCLUDE, List.of("total")),
				new IndexDefinition("byPlacedOn", true, "customerId", "placedOn", ProjectionType.ALL, List.of()));
		assertThat(order.keyAttributeTypes()).containsOnlyKeys("customerId", "orderId", "status", "placedOn");
	}

	@Test
	void whenARecordIsMappedThenItsTableNameAndTtlComeFromItsAnnotations() {
		EntityMetadata<Customer> customer = this.context.getEntity(Customer.class);
		assertThat(customer.tableName()).isEqualTo("dev-customers-v1");
		assertThat(customer.ttlAttribute()).isEqualTo("expiresAt");
		assertThat(customer.attributeNames()).contains("display_name").doesNotContain("displayName");
	}

	@Test
	void whenAnEntityIsRequestedTwiceThenTheSameMetadataIsReturned() {
		assertThat(this.context.getEntity(Order.class)).isSameAs(this.context.getEntity(Order.class));
	}

	@Test
	void whenKeysAreTemplatedThenTheyAreStringKeysBuiltFromAttributes() {
		EntityMetadata<AccountEvent> event = this.context.getEntity(AccountEvent.class);
		assertThat(event.partitionKey()).isEqualTo("pk");
		assertThat(event.keyAttributeTypes()).containsEntry("pk", ScalarAttributeType.S)
			.containsEntry("sk", ScalarAttributeType.S);
		assertThat(event.key("a#1", java.util.Map.of("day", java.time.LocalDate.of(2026, 1, 1), "eventId", "e")))
			.containsEntry("pk", AttributeValue.fromS("ACCOUNT#a#1"))
			.containsEntry("sk", AttributeValue.fromS("EVENT#2026-01-01#e"));
	}

	@Test
	void whenAClassIsNotAnEntityThenTheErrorSaysWhichAnnotationToAdd() {
		assertThatExceptionOfType(DynamoMappingContext.InvalidEntityException.class)
			.isThrownBy(() -> this.context.getEntity(String.class))
			.withMessageContaining("java.lang.String is not a DynamoDB entity")
			.withMessageContaining("@DynamoDbBean")
			.withMessageContaining("@DynamoEntity");
	}

	@Test
	void whenAnEntityHasNoPartitionKeyThenTheErrorSaysHowToDeclareOne() {
		assertThatExceptionOfType(DynamoMappingContext.InvalidEntityException.class)
			.isThrownBy(() -> this.context.getEntity(NoKey.class))
			.withMessageContaining("NoKey has no partition key")
			.withMessageContaining("@DynamoDbPartitionKey")
			.withMessageContaining("@PartitionKeyTemplate");
	}

	@Test
	void whenAKeyTemplateNamesAnUnknownAttributeThenTheErrorNamesIt() {
		assertThatExceptionOfType(DynamoMappingContext.InvalidEntityException.class)
			.isThrownBy(() -> this.context.getEntity(BadTemplate.class))
			.withMessageContaining("reads attribute 'customer'")
			.withMessageContaining("[customerId]");
	}

	@Test
	void whenAProjectionNamesAnUnknownIndexThenTheErrorNamesIt() {
		assertThatExceptionOfType(DynamoMappingContext.InvalidEntityException.class)
			.isThrownBy(() -> this.context.getEntity(BadProjection.class))
			.withMessageContaining("@IndexProjection for [byNothing]");
	}

	@Test
	void whenATtlAttributeIsNotAnInstantThenTheErrorSaysSo() {
		assertThatExceptionOfType(DynamoMappingContext.InvalidEntityException.class)
			.isThrownBy(() -> this.context.getEntity(BadTtl.class))
			.withMessageContaining("BadTtl.expires is the @TimeToLive attribute and must be an Instant");
	}

	@Test
	void whenABeanIsLoadedByARestartClassLoaderThenItStillMaps() throws Exception {
		// as Spring Boot DevTools does: the entity class comes from a child class loader
		ClassLoader restart = new ChildFirstClassLoader(getClass().getClassLoader(), RestartableBean.class.getName());
		Class<?> reloaded = restart.loadClass(RestartableBean.class.getName());
		assertThat(reloaded).isNotSameAs(RestartableBean.class);
		EntityMetadata<?> metadata = this.context.getEntity(reloaded);
		Object entity = reloaded.getConstructor().newInstance();
		reloaded.getMethod("setId", String.class).invoke(entity, "r-1");
		@SuppressWarnings("unchecked")
		java.util.Map<String, AttributeValue> item = ((EntityMetadata<Object>) metadata).toItem(entity);
		assertThat(item).containsEntry("id", AttributeValue.fromS("r-1"));
		Object back = metadata.fromItem(item);
		assertThat(back.getClass()).isSameAs(reloaded);
		assertThat(reloaded.getMethod("getId").invoke(back)).isEqualTo("r-1");
	}

	@Test
	void whenAGeneratedIdIsMissingThenAUuidIsGeneratedOnWrite() {
		EntityMetadata<WithUuid> metadata = this.context.getEntity(WithUuid.class);
		String id = metadata.toItem(new WithUuid(null, "x")).get("id").s();
		assertThat(java.util.UUID.fromString(id)).isNotNull();
		assertThat(metadata.toItem(new WithUuid("kept", "x")).get("id").s()).isEqualTo("kept");
	}

	/** An entity with a generated UUID. */
	@DynamoEntity
	record WithUuid(@DynamoDbPartitionKey @GeneratedId String id, String name) {
	}

	@Test
	void whenAnEntityWritesNothingOfItsOwnThenTheWrittenEntityIsTheOneGiven() {
		EntityMetadata<Plain> metadata = this.context.getEntity(Plain.class);
		Plain plain = new Plain("p1", "name", 3);
		Map<String, AttributeValue> item = metadata.toItem(plain);
		assertThat(metadata.writesAsMapped()).isTrue();
		assertThat(item).containsOnlyKeys("id", "name", "count");
		assertThat(metadata.written(plain, item)).isSameAs(plain);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> item.put("other", AttributeValue.fromS("x")));
	}

	@Test
	void whenAnEntityWritesAttributesOfItsOwnThenTheWrittenEntityIsMappedFromTheItem() {
		EntityMetadata<WithUuid> generated = this.context.getEntity(WithUuid.class);
		WithUuid withoutId = new WithUuid(null, "x");
		Map<String, AttributeValue> item = generated.toItem(withoutId);
		assertThat(generated.writesAsMapped()).isFalse();
		WithUuid written = generated.written(withoutId, item);
		assertThat(written).isNotSameAs(withoutId);
		assertThat(written.id()).isEqualTo(item.get("id").s());
		// a modifiable copy: the template sets the version on it
		item.put("other", AttributeValue.fromS("x"));
		assertThat(item).containsKey("other");
	}

	@Test
	void whenAnEntityHasASetAttributeThenAnEmptySetIsLeftOutAndTheWrittenEntityIsMappedBack() {
		EntityMetadata<Tagged> metadata = this.context.getEntity(Tagged.class);
		Tagged tagged = new Tagged("t1", Set.of());
		Map<String, AttributeValue> item = metadata.toItem(tagged);
		assertThat(metadata.writesAsMapped()).isFalse();
		assertThat(item).containsOnlyKeys("id");
		assertThat(metadata.written(tagged, item).tags()).isNull();
	}

	/** An entity without version, TTL, generated id, timestamps, templates or sets. */
	@DynamoEntity
	record Plain(@DynamoDbPartitionKey String id, String name, int count) {
	}

	/** An entity with a set attribute. */
	@DynamoEntity
	record Tagged(@DynamoDbPartitionKey String id, Set<String> tags) {
	}

	@Test
	void whenTemplatePlaceholdersTouchThenTheErrorAsksForASeparator() {
		assertThatExceptionOfType(DynamoMappingContext.InvalidEntityException.class)
			.isThrownBy(() -> this.context.getEntity(AdjacentTemplate.class))
			.withMessageContaining("put a separator such as '#' between {a} and {b}");
	}

	@Test
	void whenATemplateValueHoldsTheSeparatorOrIsEmptyThenTheKeyIsRefused() {
		EntityMetadata<AccountEvent> event = this.context.getEntity(AccountEvent.class);
		assertThatExceptionOfType(org.springframework.dao.InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> event.toItem(new AccountEvent("", java.time.LocalDate.of(2026, 1, 1), "e", 1)))
			.withMessageContaining("attribute 'accountId' is empty");
		EntityMetadata<TwoParts> twoParts = this.context.getEntity(TwoParts.class);
		assertThatExceptionOfType(org.springframework.dao.InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> twoParts.toItem(new TwoParts("x#y", "z")))
			.withMessageContaining("the value of 'a' contains the separator '#'");
		assertThat(twoParts.toItem(new TwoParts("x", "y#z")).get("pk").s()).isEqualTo("P#x#y#z");
	}

	/** Placeholders with nothing between them. */
	@DynamoEntity
	@PartitionKeyTemplate(attribute = "pk", value = "P#{a}{b}")
	record AdjacentTemplate(String a, String b) {
	}

	/** Two placeholders separated by '#'. */
	@DynamoEntity
	@PartitionKeyTemplate(attribute = "pk", value = "P#{a}#{b}")
	record TwoParts(String a, String b) {
	}

	/** An entity without key. */
	@DynamoEntity
	record NoKey(String name) {
	}

	/** A template over an attribute that does not exist. */
	@DynamoEntity
	@PartitionKeyTemplate(attribute = "pk", value = "C#{customer}")
	record BadTemplate(String customerId) {
	}

	/** A projection of an index that does not exist. */
	@DynamoEntity
	@IndexProjection(index = "byNothing", type = ProjectionType.KEYS_ONLY)
	record BadProjection(@DynamoDbPartitionKey String id) {
	}

	/** A TTL that is not an instant. */
	@DynamoEntity
	record BadTtl(@DynamoDbPartitionKey String id, @TimeToLive long expires) {
	}

	/**
	 * Loads one class itself, everything else from its parent, like a restart class
	 * loader.
	 */
	static final class ChildFirstClassLoader extends ClassLoader {

		private final String name;

		ChildFirstClassLoader(ClassLoader parent, String name) {
			super(parent);
			this.name = name;
		}

		@Override
		protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
			if (!className.equals(this.name)) {
				return super.loadClass(className, resolve);
			}
			synchronized (getClassLoadingLock(className)) {
				Class<?> loaded = findLoadedClass(className);
				if (loaded == null) {
					try (InputStream in = getParent().getResourceAsStream(className.replace('.', '/') + ".class")) {
						byte[] bytes = in.readAllBytes();
						loaded = defineClass(className, bytes, 0, bytes.length);
					}
					catch (IOException ex) {
						throw new ClassNotFoundException(className, ex);
					}
				}
				return loaded;
			}
		}

	}

}
