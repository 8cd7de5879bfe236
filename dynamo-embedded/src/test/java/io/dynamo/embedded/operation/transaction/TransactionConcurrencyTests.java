/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.TestTables;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sixteen threads mixing transactions and single-item writes on the same few items.
 * DynamoDB documents transactions as serializable with single-item writes ("SERIALIZABLE"
 * isolation between TransactWriteItems and PutItem, UpdateItem, DeleteItem) and
 * TransactGetItems as reading a consistent snapshot; here that shows as no lost update,
 * no money made or lost, and every snapshot summing to the total.
 * <p>
 * A request that meets an item a transaction in flight holds is refused, as DynamoDB
 * refuses it (developer guide, transaction conflict handling): single-item writes with
 * {@code TransactionConflictException}, transactions cancelled with
 * {@code TransactionConflict}. The threads retry those as an application would, and the
 * totals still hold; how many conflicts a run meets depends on timing and is printed, not
 * asserted ({@code TransactionConflictTests} shows each one deterministically).
 */
class TransactionConcurrencyTests {

	private static final int THREADS = 16;

	private static final int ROUNDS = 64;

	private static final int ACCOUNTS = 6;

	private static final int COUNTERS = 3;

	private static final long OPENING = 1000;

	private static final AtomicLong conflicts = new AtomicLong();

	@Test
	void transfersAndConditionalIncrementsFromSixteenThreadsKeepTotalsAndLoseNoUpdate() throws Exception {
		try (DynamoEngine engine = DynamoEngine.inMemory(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			TestTables.hashTable(client, "accounts");
			TestTables.hashTable(client, "counters");
			for (int i = 0; i < ACCOUNTS; i++) {
				String id = "a" + i;
				client.putItem(
						(p) -> p.tableName("accounts").item(item("id", s(id), "balance", n(OPENING), "touched", n(0))));
			}
			for (int i = 0; i < COUNTERS; i++) {
				String id = "c" + i;
				client.putItem((p) -> p.tableName("counters").item(item("id", s(id), "n", n(0))));
			}
			AtomicLongArray increments = new AtomicLongArray(COUNTERS);
			AtomicLong touches = new AtomicLong();
			AtomicLong transfers = new AtomicLong();
			AtomicLong badSnapshots = new AtomicLong();
			ExecutorService executor = Executors.newFixedThreadPool(THREADS);
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				Random random = new Random(t);
				int thread = t;
				futures.add(executor.submit(() -> {
					for (int round = 0; round < ROUNDS; round++) {
						switch ((thread + round) % 4) {
							case 0 -> {
								int counter = random.nextInt(COUNTERS);
								if (increment(client, counter, random.nextBoolean())) {
									increments.incrementAndGet(counter);
								}
							}
							case 1 -> {
								if (transfer(client, random)) {
									transfers.incrementAndGet();
								}
							}
							case 2 -> {
								String account = "a" + random.nextInt(ACCOUNTS);
								while (!touch(client, account)) {
									conflicts.incrementAndGet();
								}
								touches.incrementAndGet();
							}
							default -> {
								if (snapshotTotal(client) != ACCOUNTS * OPENING) {
									badSnapshots.incrementAndGet();
								}
							}
						}
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(5, TimeUnit.MINUTES);
			}
			executor.shutdown();
			System.out.println("TransactionConcurrencyTests: " + transfers.get() + " transfers, " + conflicts.get()
					+ " requests refused for a transaction in flight and retried");

			long total = 0;
			long touched = 0;
			for (int i = 0; i < ACCOUNTS; i++) {
				String id = "a" + i;
				Map<String, AttributeValue> account = client
					.getItem((g) -> g.tableName("accounts").key(item("id", s(id))).consistentRead(true))
					.item();
				long balance = Long.parseLong(account.get("balance").n());
				assertThat(balance).isNotNegative();
				total += balance;
				touched += Long.parseLong(account.get("touched").n());
			}
			assertThat(total).isEqualTo(ACCOUNTS * OPENING);
			assertThat(touched).isEqualTo(touches.get());
			assertThat(badSnapshots.get()).isZero();
			assertThat(transfers.get()).isPositive();
			for (int i = 0; i < COUNTERS; i++) {
				String id = "c" + i;
				Map<String, AttributeValue> counter = client
					.getItem((g) -> g.tableName("counters").key(item("id", s(id))).consistentRead(true))
					.item();
				assertThat(Long.parseLong(counter.get("n").n())).isEqualTo(increments.get(i));
			}
		}
	}

	/**
	 * Reads the counter, then writes the next value on condition that it is unchanged, by
	 * a single-item update or a transaction; a lost update would show as more
	 * acknowledged increments than the counter holds.
	 */
	private static boolean increment(DynamoDbClient client, int counter, boolean transactional) {
		Map<String, AttributeValue> key = item("id", s("c" + counter));
		String seen = client.getItem((g) -> g.tableName("counters").key(key).consistentRead(true)).item().get("n").n();
		Map<String, AttributeValue> values = Map.of(":seen", n(seen), ":next", n(Long.parseLong(seen) + 1));
		try {
			if (transactional) {
				client.transactWriteItems((t) -> t.transactItems(
						TransactWriteItemsTests.update("counters", key, "SET n = :next", "n = :seen", values)));
			}
			else {
				client.updateItem((u) -> u.tableName("counters")
					.key(key)
					.updateExpression("SET n = :next")
					.conditionExpression("n = :seen")
					.expressionAttributeValues(values));
			}
			return true;
		}
		catch (ConditionalCheckFailedException | TransactionCanceledException ex) {
			return false;
		}
		catch (TransactionConflictException ex) {
			conflicts.incrementAndGet();
			return false;
		}
	}

	/** An unconditional increment; false when a transaction in flight held the item. */
	private static boolean touch(DynamoDbClient client, String account) {
		try {
			client.updateItem((u) -> u.tableName("accounts")
				.key(item("id", s(account)))
				.updateExpression("SET touched = touched + :one")
				.expressionAttributeValues(Map.of(":one", n(1))));
			return true;
		}
		catch (TransactionConflictException ex) {
			assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo("Transaction is ongoing for the item");
			return false;
		}
	}

	private static boolean transfer(DynamoDbClient client, Random random) {
		int from = random.nextInt(ACCOUNTS);
		int to = (from + 1 + random.nextInt(ACCOUNTS - 1)) % ACCOUNTS;
		AttributeValue amount = n(1 + random.nextInt(400));
		try {
			client.transactWriteItems((t) -> t.transactItems(
					TransactWriteItemsTests.update("accounts", item("id", s("a" + from)),
							"SET balance = balance - :amount", "balance >= :amount", Map.of(":amount", amount)),
					TransactWriteItemsTests.update("accounts", item("id", s("a" + to)),
							"SET balance = balance + :amount", null, Map.of(":amount", amount))));
			return true;
		}
		catch (TransactionCanceledException ex) {
			assertThat(ex.cancellationReasons()).extracting(CancellationReason::code)
				.isSubsetOf("None", "ConditionalCheckFailed", "TransactionConflict")
				.isNotEqualTo(List.of("None", "None"));
			if (ex.cancellationReasons().stream().anyMatch((r) -> r.code().equals("TransactionConflict"))) {
				conflicts.incrementAndGet();
			}
			return false;
		}
	}

	private static long snapshotTotal(DynamoDbClient client) {
		List<TransactGetItem> gets = new ArrayList<>();
		for (int i = 0; i < ACCOUNTS; i++) {
			gets.add(TransactGetItemsTests.get("accounts", item("id", s("a" + i))));
		}
		List<ItemResponse> responses = null;
		while (responses == null) {
			try {
				responses = client.transactGetItems((t) -> t.transactItems(gets)).responses();
			}
			catch (TransactionCanceledException ex) {
				assertThat(ex.cancellationReasons()).extracting(CancellationReason::code)
					.contains("TransactionConflict");
				conflicts.incrementAndGet();
			}
		}
		long total = 0;
		for (ItemResponse response : responses) {
			total += Long.parseLong(response.item().get("balance").n());
		}
		return total;
	}

}
