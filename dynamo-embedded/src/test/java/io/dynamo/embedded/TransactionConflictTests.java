/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.dynamo.embedded.storage.ChangeListener;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.TestTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A transaction held in flight (its writes applied, its locks and claims still held, by a
 * listener that waits), and every kind of request that meets its items while it is: as
 * DynamoDB's developer guide (transaction conflict handling) says, a PutItem, UpdateItem
 * or DeleteItem of such an item fails with {@code TransactionConflictException}, a
 * TransactWriteItems or TransactGetItems naming it is cancelled with
 * {@code TransactionConflict} for that item; reads and other items are not held up.
 */
class TransactionConflictTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	private final CountDownLatch inFlight = new CountDownLatch(1);

	private final CountDownLatch finish = new CountDownLatch(1);

	@BeforeEach
	void holdTransactionsThatSetHold() {
		TestTables.hashTable(this.client, "accounts");
		for (String id : List.of("a1", "a2", "a3")) {
			this.client.putItem((p) -> p.tableName("accounts").item(item("id", s(id), "balance", n(10))));
		}
		this.engine.catalog().addListener(new ChangeListener() {
			@Override
			public void onChanges(List<ItemChange> changes) {
				boolean held = changes.stream()
					.anyMatch((change) -> change.newItem() != null && change.newItem().containsKey("hold"));
				if (held) {
					TransactionConflictTests.this.inFlight.countDown();
					await(TransactionConflictTests.this.finish);
				}
			}
		});
	}

	@AfterEach
	void close() {
		this.finish.countDown();
		this.client.close();
		this.engine.close();
	}

	@Test
	void requestsMeetingATransactionInFlightAreRefusedNotQueued() throws Exception {
		CompletableFuture<Void> transfer = CompletableFuture.runAsync(
				() -> this.client.transactWriteItems((t) -> t.transactItems(add("a1", -5, true), add("a2", 5, false))));
		assertThat(this.inFlight.await(30, TimeUnit.SECONDS)).as("the transaction is in flight").isTrue();

		assertThatExceptionOfType(TransactionConflictException.class)
			.isThrownBy(() -> this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("a1")))))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorMessage())
				.isEqualTo("Transaction is ongoing for the item"));
		assertThatExceptionOfType(TransactionConflictException.class)
			.isThrownBy(() -> this.client.updateItem((u) -> u.tableName("accounts")
				.key(item("id", s("a2")))
				.updateExpression("SET balance = :zero")
				.expressionAttributeValues(Map.of(":zero", n(0)))));
		assertThatExceptionOfType(TransactionConflictException.class)
			.isThrownBy(() -> this.client.deleteItem((d) -> d.tableName("accounts").key(item("id", s("a1")))));

		TransactionCanceledException write = catchThrowableOfType(TransactionCanceledException.class,
				() -> this.client.transactWriteItems((t) -> t.transactItems(put("a3"), add("a2", 1, false))));
		assertThat(write.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "TransactionConflict");
		assertThat(write.cancellationReasons().get(1).message()).isEqualTo("Transaction is ongoing for the item");

		TransactionCanceledException read = catchThrowableOfType(TransactionCanceledException.class,
				() -> this.client.transactGetItems((t) -> t.transactItems(get("a1"), get("a3"))));
		assertThat(read.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("TransactionConflict", "None");

		// a plain read is not held up, nor a write of an item the transaction does not
		// name
		assertThat(this.client.getItem((g) -> g.tableName("accounts").key(item("id", s("a1")))).hasItem()).isTrue();
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("a3"), "balance", n(11))));

		this.finish.countDown();
		transfer.get(30, TimeUnit.SECONDS);
		assertThat(balance("a1")).isEqualTo("5");
		assertThat(balance("a2")).isEqualTo("15");
		assertThat(balance("a3")).isEqualTo("11");
		// the claims are gone with the transaction
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("a1"), "balance", n(1))));
		assertThat(balance("a1")).isEqualTo("1");
	}

	private String balance(String id) {
		return this.client.getItem((g) -> g.tableName("accounts").key(item("id", s(id))).consistentRead(true))
			.item()
			.get("balance")
			.n();
	}

	private static TransactWriteItem add(String id, int amount, boolean hold) {
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName("accounts")
				.key(item("id", s(id)))
				.updateExpression(
						hold ? "SET balance = balance + :amount, #hold = :amount" : "SET balance = balance + :amount")
				.expressionAttributeNames(hold ? Map.of("#hold", "hold") : null)
				.expressionAttributeValues(Map.of(":amount", n(amount)))
				.build())
			.build();
	}

	private static TransactWriteItem put(String id) {
		return TransactWriteItem.builder()
			.put(Put.builder().tableName("accounts").item(item("id", s(id), "balance", n(0))).build())
			.build();
	}

	private static TransactGetItem get(String id) {
		return TransactGetItem.builder().get((g) -> g.tableName("accounts").key(item("id", s(id)))).build();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
