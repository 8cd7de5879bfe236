/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import io.dynamo.spring.repository.fixtures.Account;
import io.dynamo.spring.testentities.AccountEvent;
import io.dynamo.spring.testentities.AccountProfile;
import io.dynamo.spring.testentities.Blob;
import io.dynamo.spring.testentities.Chunk;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testentities.Measure;
import io.dynamo.spring.testentities.Note;
import io.dynamo.spring.mapping.ItemSizeExceededException;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Batch writes and gets against the embedded engine, 10,000 items at a time and across
 * tables.
 *
 * @author dynamo-spring-boot authors
 */
class BatchOperationsTests {

	private static EmbeddedDynamo local;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Chunk.class, Customer.class, Note.class, Measure.class, AccountEvent.class,
				Blob.class, Account.class);
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	@Test
	void whenTenThousandItemsAreBatchWrittenThenAllAreStoredAndReadBackByBatchGet() {
		List<Chunk> chunks = IntStream.range(0, 10_000).mapToObj((i) -> new Chunk("bulk", i, "item-" + i)).toList();
		BatchWriteResult result = local.template().batchWrite(BatchWrite.create().put(chunks));
		assertThat(result.written()).isEqualTo(10_000);
		assertThat(result.requests()).isGreaterThanOrEqualTo(400);
		assertThat(local.template().count(QuerySpec.of(Chunk.class, "bulk"))).isEqualTo(10_000);
		List<DynamoKey> keys = IntStream.range(0, 10_000).mapToObj((i) -> DynamoKey.of("bulk", i)).toList();
		BatchGetResult read = local.template().batchGet(BatchGet.create().get(Chunk.class, keys));
		assertThat(read.get(Chunk.class)).hasSize(10_000).containsExactlyInAnyOrderElementsOf(chunks);
	}

	@Test
	void whenABatchSpansTablesThenEachItemGoesToItsTable() {
		local.template()
			.batchWrite(BatchWrite.create()
				.put(Customer.minimal("b-1", "one"), Customer.minimal("b-2", "two"), Note.of("n-b", "note"),
						new Chunk("mixed", 1, "c")));
		BatchGetResult read = local.template()
			.batchGet(BatchGet.create()
				.get(Customer.class, "b-1", null)
				.get(Customer.class, "b-2", null)
				.get(Customer.class, "b-missing", null)
				.get(Note.class, "n-b", null)
				.get(Chunk.class, "mixed", 1));
		assertThat(read.get(Customer.class)).extracting(Customer::name).containsExactlyInAnyOrder("one", "two");
		assertThat(read.get(Note.class)).extracting(Note::text).containsExactly("note");
		assertThat(read.get(Chunk.class)).hasSize(1);
		assertThat(read.size()).isEqualTo(4);
	}

	@Test
	void whenABatchReadsATableSharedByTwoEntityTypesThenEachItemComesBackAsItsOwnType() {
		LocalDate day = LocalDate.of(2026, 1, 2);
		AccountEvent event = new AccountEvent("acc-b", day, "e-1", 7);
		AccountProfile profile = new AccountProfile("acc-b", "b@example.com");
		local.template().batchWrite(BatchWrite.create().put(event, profile));
		BatchGetResult read = local.template()
			.batchGet(BatchGet.create()
				.get(AccountEvent.class, "acc-b", Map.of("day", day, "eventId", "e-1"))
				.get(AccountProfile.class, "acc-b", "acc-b"));
		assertThat(read.get(AccountEvent.class)).containsExactly(event);
		assertThat(read.get(AccountProfile.class)).containsExactly(profile);
	}

	@Test
	void whenABatchDeletesThenTheItemsAreGone() {
		local.template()
			.batchWrite(BatchWrite.create().put(Customer.minimal("d-1", "x"), Customer.minimal("d-2", "y")));
		local.template()
			.batchWrite(BatchWrite.create().delete(Customer.class, List.of(DynamoKey.of("d-1"), DynamoKey.of("d-2"))));
		assertThat(local.template().findById(Customer.class, "d-1")).isEmpty();
		assertThat(local.template().findById(Customer.class, "d-2")).isEmpty();
	}

	@Test
	void whenVersionedEntitiesAreBatchWrittenThenTheyStartAtVersionOneAndSaveLater() {
		local.template().batchWrite(BatchWrite.create().put(Note.of("v-1", "batched"), Note.of("v-2", "batched")));
		Note read = local.template().findById(Note.class, "v-1").orElseThrow();
		assertThat(read.version()).isEqualTo(1L);
		Note saved = local.template().save(new Note("v-1", "saved", null, null, null, null, read.version()));
		assertThat(saved.version()).isEqualTo(2L);
	}

	@Test
	void whenNumericKeysAreNotInCanonicalFormThenBatchGetStillFindsTheItems() {
		local.template().save(new Measure("m", new BigDecimal("1.50"), "one and a half"));
		local.template().save(new Measure("m", new BigDecimal("1E+3"), "a thousand"));
		BatchGetResult read = local.template()
			.batchGet(BatchGet.create()
				.get(Measure.class, "m", new BigDecimal("1.50"))
				.get(Measure.class, "m", new BigDecimal("1E+3")));
		assertThat(read.get(Measure.class)).extracting(Measure::value)
			.containsExactlyInAnyOrder("one and a half", "a thousand");
	}

	@Test
	void whenABatchWritesTheSameKeyTwiceThenItFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> local.template()
				.batchWrite(BatchWrite.create().put(Customer.minimal("dup", "a")).delete(Customer.class, "dup", null)))
			.withMessageContaining("writes the item with key [id=dup] of table 'customers' twice")
			.withMessageContaining("DynamoDB rejects duplicate keys in one batch");
		assertThat(local.template().findById(Customer.class, "dup")).isEmpty();
	}

	@Test
	void whenNumericKeysOfTwoPutsDifferOnlyInFormThenTheBatchFailsBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> local.template()
				.batchWrite(BatchWrite.create()
					.put(new Measure("dupm", new BigDecimal("2.50"), "first"),
							new Measure("dupm", new BigDecimal("2.5"), "second"))))
			.withMessageContaining("of table 'measure' twice");
		assertThat(local.template().query(QuerySpec.of(Measure.class, "dupm")).toList()).isEmpty();
	}

	@Test
	void whenOnePutOfABatchIsOver400KbThenItIsNotSentAndAllOthersAreWritten() {
		List<Blob> blobs = new ArrayList<>();
		IntStream.range(0, 60).forEach((i) -> blobs.add(new Blob("blob-" + i, "small", null)));
		Blob large = new Blob("blob-large", "x".repeat(410 * 1024), null);
		blobs.add(30, large);
		BatchWriteIncompleteException ex = catchThrowableOfType(BatchWriteIncompleteException.class,
				() -> local.template().batchWrite(BatchWrite.create().put(blobs)));
		assertThat(ex.getUnwrittenPuts()).containsExactly(large);
		assertThat(ex.getUnwrittenDeletes()).isEmpty();
		assertThat(ex).hasMessageStartingWith("1 of 61 writes were not written: 1 put was not sent (Item of Blob is")
			.hasMessageContaining("They are listed on this exception; all others were written")
			.hasCauseInstanceOf(ItemSizeExceededException.class);
		assertThat(local.template().findById(Blob.class, "blob-large")).isEmpty();
		IntStream.range(0, 60)
			.forEach((i) -> assertThat(local.template().findById(Blob.class, "blob-" + i)).isPresent());
	}

	@Test
	void whenAnEntityWhoseKeyIsGeneratedIsOver400KbThenItIsListedLikeAnyOther() {
		Note small = Note.of(null, "small");
		Note large = Note.of(null, "x".repeat(410 * 1024));
		BatchWriteIncompleteException ex = catchThrowableOfType(BatchWriteIncompleteException.class,
				() -> local.template().batchWrite(BatchWrite.create().put(small, large)));
		assertThat(ex.getUnwrittenPuts()).containsExactly(large);
		assertThat(ex).hasCauseInstanceOf(ItemSizeExceededException.class);
	}

	@Test
	void whenEntitiesHaveAuditorsThenTheyAreMappedWithTheCallingThreadsAuditor() {
		// the auditor comes from the calling thread, as Spring Security's context does;
		// the
		// batch's workers (three chunks here) must not map these entities
		ThreadLocal<String> user = new ThreadLocal<>();
		local.mappingContext().setAuditor(() -> Optional.ofNullable(user.get()));
		try {
			user.set("alice");
			List<Account> accounts = IntStream.range(0, 60).mapToObj((i) -> Account.of("audit-" + i, "owner")).toList();
			local.template().batchWrite(BatchWrite.create().put(accounts));
			IntStream.range(0, 60)
				.forEach((i) -> assertThat(local.template().findById(Account.class, "audit-" + i).orElseThrow())
					.extracting(Account::createdBy, Account::modifiedBy)
					.containsExactly("alice", "alice"));
		}
		finally {
			local.mappingContext().setAuditor(null);
			user.remove();
		}
	}

	@Test
	void whenABatchGetRepeatsAKeyThenTheItemIsReadOnce() {
		local.template().save(Customer.minimal("rep", "once"));
		BatchGetResult read = local.template()
			.batchGet(BatchGet.create().get(Customer.class, "rep", null).get(Customer.class, "rep", null));
		assertThat(read.get(Customer.class)).hasSize(1);
	}

	@Test
	void whenItemsAreLargeThenRequestsStayUnderSixteenMegabytes() {
		String payload = "z".repeat(390 * 1024);
		List<Chunk> chunks = new ArrayList<>();
		IntStream.range(0, 60).forEach((i) -> chunks.add(new Chunk("large", i, payload)));
		BatchWriteResult result = local.template().batchWrite(BatchWrite.create().put(chunks));
		assertThat(result.written()).isEqualTo(60);
		assertThat(result.requests()).isGreaterThanOrEqualTo(3);
		assertThat(local.template().count(QuerySpec.of(Chunk.class, "large"))).isEqualTo(60);
	}

}
