/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.MutableClock;
import io.dynamo.embedded.support.TestTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.IdempotentParameterMismatchException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static io.dynamo.embedded.support.TestTables.filler;
import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * TransactWriteItems through the SDK client. Each test names the rule of the DynamoDB API
 * reference (TransactWriteItems, TransactionCanceledException, CancellationReason) it
 * checks.
 */
class TransactWriteItemsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final DynamoEngine engine = DynamoEngine.builder().clock(this.clock).build();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void tables() {
		TestTables.hashTable(this.client, "accounts");
		TestTables.indexedTable(this.client, "orders");
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("ann"), "balance", n(100))));
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("bob"), "balance", n(20))));
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	static TransactWriteItem put(String table, Map<String, AttributeValue> item) {
		return TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).build()).build();
	}

	static TransactWriteItem delete(String table, Map<String, AttributeValue> key) {
		return TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(key).build()).build();
	}

	static TransactWriteItem update(String table, Map<String, AttributeValue> key, String update, String condition,
			Map<String, AttributeValue> values) {
		return TransactWriteItem.builder()
			.update(Update.builder()
				.tableName(table)
				.key(key)
				.updateExpression(update)
				.conditionExpression(condition)
				.expressionAttributeValues(values)
				.build())
			.build();
	}

	static TransactWriteItem check(String table, Map<String, AttributeValue> key, String condition,
			Map<String, AttributeValue> values) {
		return TransactWriteItem.builder()
			.conditionCheck(ConditionCheck.builder()
				.tableName(table)
				.key(key)
				.conditionExpression(condition)
				.expressionAttributeValues(values)
				.build())
			.build();
	}

	private Map<String, AttributeValue> get(String table, Map<String, AttributeValue> key) {
		return this.client.getItem((g) -> g.tableName(table).key(key).consistentRead(true)).item();
	}

	private long balance(String id) {
		return Long.parseLong(get("accounts", item("id", s(id))).get("balance").n());
	}

	@Test
	void putUpdateDeleteAndConditionCheckApplyTogether() {
		// TransactWriteItems: "a synchronous write operation that groups up to 100 action
		// requests" of Put, Update, Delete and ConditionCheck
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("old"))));
		this.client.transactWriteItems((t) -> t.transactItems(
				update("accounts", item("id", s("ann")), "SET balance = balance - :a", "balance >= :a",
						Map.of(":a", n(30))),
				update("accounts", item("id", s("bob")), "SET balance = balance + :a", null, Map.of(":a", n(30))),
				put("accounts", item("id", s("cid"), "balance", n(0))), delete("accounts", item("id", s("old"))),
				check("orders", item("pk", s("none"), "sk", n(1)), "attribute_not_exists(pk)", null)));

		assertThat(balance("ann")).isEqualTo(70);
		assertThat(balance("bob")).isEqualTo(50);
		assertThat(balance("cid")).isZero();
		assertThat(get("accounts", item("id", s("old")))).isEmpty();
	}

	@Test
	void aFailedConditionCancelsEveryActionWithOneReasonPerActionInOrder() {
		// TransactionCanceledException: "If using Java, DynamoDB lists the cancellation
		// reasons on the CancellationReasons property ... ordered the same as the items
		// in the request"; code None when the action had no error
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(
					update("accounts", item("id", s("ann")), "SET balance = balance + :a", null, Map.of(":a", n(50))),
					update("accounts", item("id", s("bob")), "SET balance = balance - :a", "balance >= :a",
							Map.of(":a", n(50))))))
			.satisfies((ex) -> {
				assertThat(ex.awsErrorDetails().errorMessage()).isEqualTo(
						"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed]");
				assertThat(ex.cancellationReasons()).extracting(CancellationReason::code)
					.containsExactly("None", "ConditionalCheckFailed");
				assertThat(ex.cancellationReasons().get(1).message()).isEqualTo("The conditional request failed");
				assertThat(ex.cancellationReasons().get(1).item()).isEmpty();
			});
		assertThat(balance("ann")).isEqualTo(100);
		assertThat(balance("bob")).isEqualTo(20);
	}

	@Test
	void theItemComesWithItsReasonWhenAllOldIsAskedOnFailure() {
		// CancellationReason.Item: "Item in the request which DynamoDB returned", with
		// ReturnValuesOnConditionCheckFailure ALL_OLD
		TransactWriteItem failing = TransactWriteItem.builder()
			.conditionCheck(ConditionCheck.builder()
				.tableName("accounts")
				.key(item("id", s("bob")))
				.conditionExpression("balance > :min")
				.expressionAttributeValues(Map.of(":min", n(1000)))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
				.build())
			.build();
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client
				.transactWriteItems((t) -> t.transactItems(failing, put("accounts", item("id", s("new"))))))
			.satisfies((ex) -> {
				assertThat(ex.cancellationReasons().get(0).item()).isEqualTo(item("id", s("bob"), "balance", n(20)));
				assertThat(ex.cancellationReasons().get(1).code()).isEqualTo("None");
			});
		assertThat(get("accounts", item("id", s("new")))).isEmpty();
	}

	@Test
	void anUpdateThatBreaksAnItemRuleCancelsWithAValidationError() {
		// TransactionCanceledException: canceled when "an item size becomes too large
		// (larger than 400 KB) ... or a similar validation error occurs because of
		// changes
		// made by the transaction"
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("big"), "a", s(filler(250 * 1024)))));
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("text"), "balance", s("ten"))));
		assertThatExceptionOfType(TransactionCanceledException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(
					put("accounts", item("id", s("cid"))),
					update("accounts", item("id", s("big")), "SET b = :b", null, Map.of(":b", s(filler(200 * 1024)))),
					update("accounts", item("id", s("text")), "SET balance = balance + :a", null, Map.of(":a", n(1))))))
			.satisfies((ex) -> {
				assertThat(ex.cancellationReasons()).extracting(CancellationReason::code)
					.containsExactly("None", "ValidationError", "ValidationError");
				assertThat(ex.cancellationReasons().get(1).message())
					.isEqualTo("Item size to update has exceeded the maximum allowed size");
				assertThat(ex.cancellationReasons().get(2).message())
					.startsWith("An operand in the update expression has an incorrect data type");
			});
		assertThat(get("accounts", item("id", s("cid")))).isEmpty();
		assertThat(get("accounts", item("id", s("big")))).doesNotContainKey("b");
	}

	@Test
	void twoActionsOnOneItemAreRefused() {
		// TransactWriteItems: "no two actions can target the same item"
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems(
					(t) -> t.transactItems(check("accounts", item("id", s("ann")), "attribute_exists(id)", null),
							delete("accounts", item("id", s("ann"))))))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
			.withMessageStartingWith("Transaction request cannot include multiple operations on one item");
		assertThat(balance("ann")).isEqualTo(100);
	}

	@Test
	void noActionsOrMoreThanAHundredAreRefused() {
		// TransactItems: "Array Members: Minimum number of 1 item. Maximum number of 100
		// items."
		List<TransactWriteItem> many = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			many.add(put("accounts", item("id", s("a" + i))));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(many)))
			.withMessageContaining(
					"at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(List.of())))
			.withMessageContaining(
					"at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1");
		List<TransactWriteItem> hundred = new ArrayList<>(many.subList(0, 100));
		this.client.transactWriteItems((t) -> t.transactItems(hundred));
		assertThat(get("accounts", item("id", s("a99")))).isNotEmpty();
	}

	@Test
	void moreThanFourMegabytesOfItemsAreRefused() {
		// TransactWriteItems: "The aggregate size of the items in the transaction cannot
		// exceed 4 MB."
		List<TransactWriteItem> puts = new ArrayList<>();
		for (int i = 0; i < 11; i++) {
			puts.add(put("accounts", item("id", s("big" + i), "data", s(filler(390 * 1024)))));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(puts)))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
			.withMessageContaining("4 MB");
		assertThat(get("accounts", item("id", s("big0")))).isEmpty();
	}

	@Test
	void aMissingTableIsNotFoundAndAnActionNeedsExactlyOneKind() {
		// ResourceNotFoundException: "The operation tried to access a nonexistent table"
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.transactWriteItems(
					(t) -> t.transactItems(put("accounts", item("id", s("x"))), put("nothing", item("id", s("x"))))))
			.withMessageStartingWith("Requested resource not found");
		// TransactWriteItem: "A list of requests that can perform update, put, delete, or
		// check operations": one of them per item
		TransactWriteItem both = TransactWriteItem.builder()
			.put((p) -> p.tableName("accounts").item(item("id", s("x"))))
			.delete((d) -> d.tableName("accounts").key(item("id", s("y"))))
			.build();
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(both)))
			.withMessageStartingWith("TransactItems can only contain one of Check, Put, Update or Delete");
		assertThat(get("accounts", item("id", s("x")))).isEmpty();
	}

	@Test
	void eachActionsExpressionsAreValidatedAsTheSingleItemOperationsValidateThem() {
		// Put: ExpressionAttributeValues "Use the : (colon) character in an expression to
		// dereference an attribute value" - only with an expression that uses them
		TransactWriteItem valuesWithoutCondition = TransactWriteItem.builder()
			.put((p) -> p.tableName("accounts").item(item("id", s("x"))).expressionAttributeValues(Map.of(":v", n(1))))
			.build();
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(valuesWithoutCondition)))
			.withMessageStartingWith(
					"ExpressionAttributeValues can only be specified when using expressions: ConditionExpression is null");
		// Update: "Cannot update attribute id. This attribute is part of the key"
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t
				.transactItems(update("accounts", item("id", s("ann")), "SET id = :v", null, Map.of(":v", s("eve"))))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Cannot update attribute id. This attribute is part of the key");
		// an unused value is refused as in every operation
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t.transactItems(
					check("accounts", item("id", s("ann")), "attribute_exists(id)", Map.of(":unused", n(1))))))
			.withMessageStartingWith(
					"Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
		assertThat(get("accounts", item("id", s("x")))).isEmpty();
	}

	@Test
	void aRepeatWithTheSameTokenSucceedsWithoutApplyingAgain() {
		// ClientRequestToken: "multiple identical calls have the same effect as one
		// single
		// call"; "valid for 10 minutes after the first request that uses it is completed"
		TransactWriteItem increment = update("accounts", item("id", s("ann")), "SET balance = balance + :a", null,
				Map.of(":a", n(1)));
		this.client.transactWriteItems((t) -> t.transactItems(increment).clientRequestToken("token-1"));
		this.clock.advance(Duration.ofMinutes(9));
		TransactWriteItemsResponse repeat = this.client
			.transactWriteItems((t) -> t.transactItems(increment).clientRequestToken("token-1"));
		assertThat(repeat.sdkHttpResponse().isSuccessful()).isTrue();
		assertThat(balance("ann")).isEqualTo(101);

		this.clock.advance(Duration.ofMinutes(11));
		this.client.transactWriteItems((t) -> t.transactItems(increment).clientRequestToken("token-1"));
		assertThat(balance("ann")).isEqualTo(102);
	}

	@Test
	void anotherRequestWithAUsedTokenIsAnIdempotentParameterMismatch() {
		// ClientRequestToken: "If you submit a request with the same client token but a
		// change in other parameters within the 10-minute idempotency window, DynamoDB
		// returns an IdempotentParameterMismatch exception."
		this.client.transactWriteItems((t) -> t
			.transactItems(update("accounts", item("id", s("ann")), "SET balance = :v", null, Map.of(":v", n(1))))
			.clientRequestToken("token-2"));
		assertThatExceptionOfType(IdempotentParameterMismatchException.class)
			.isThrownBy(() -> this.client.transactWriteItems((t) -> t
				.transactItems(update("accounts", item("id", s("ann")), "SET balance = :v", null, Map.of(":v", n(2))))
				.clientRequestToken("token-2")));
		assertThat(balance("ann")).isEqualTo(1);
	}

	@Test
	void aCancelledTransactionLeavesItsTokenFreeForARetry() {
		// a token is bound to a completed request; a cancelled one wrote nothing, so its
		// retry runs again
		TransactWriteItem guarded = update("accounts", item("id", s("bob")), "SET balance = balance - :a",
				"balance >= :a", Map.of(":a", n(30)));
		assertThatExceptionOfType(TransactionCanceledException.class).isThrownBy(
				() -> this.client.transactWriteItems((t) -> t.transactItems(guarded).clientRequestToken("token-3")));
		this.client.putItem((p) -> p.tableName("accounts").item(item("id", s("bob"), "balance", n(40))));
		this.client.transactWriteItems((t) -> t.transactItems(guarded).clientRequestToken("token-3"));
		assertThat(balance("bob")).isEqualTo(10);
	}

	@Test
	void capacityIsTwiceTheWritesAndReadsPerTable() {
		// "Transactional write requests require 2 WCUs to perform one write per second
		// for
		// items up to 1 KB"; a ConditionCheck consumes read capacity
		TransactWriteItemsResponse response = this.client.transactWriteItems((t) -> t
			.transactItems(put("accounts", item("id", s("big"), "data", s(filler(1500)))),
					update("accounts", item("id", s("ann")), "SET balance = :v", null, Map.of(":v", n(1))),
					check("orders", item("pk", s("none"), "sk", n(1)), "attribute_not_exists(pk)", null))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

		ConsumedCapacity accounts = byTable(response.consumedCapacity(), "accounts");
		assertThat(accounts.capacityUnits()).isEqualTo(6.0);
		assertThat(accounts.writeCapacityUnits()).isEqualTo(6.0);
		ConsumedCapacity orders = byTable(response.consumedCapacity(), "orders");
		assertThat(orders.capacityUnits()).isEqualTo(2.0);
		assertThat(orders.readCapacityUnits()).isEqualTo(2.0);
	}

	@Test
	void itemCollectionMetricsAreGivenForWrittenTablesWithLocalIndexes() {
		// ReturnItemCollectionMetrics SIZE: "statistics about item collections (if any),
		// that were modified during the operation"
		TransactWriteItemsResponse response = this.client
			.transactWriteItems((t) -> t
				.transactItems(put("orders", item("pk", s("p1"), "sk", n(1), "total", n(3))),
						put("accounts", item("id", s("x"))))
				.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));

		assertThat(response.itemCollectionMetrics()).containsOnlyKeys("orders");
		assertThat(response.itemCollectionMetrics().get("orders").get(0).itemCollectionKey())
			.isEqualTo(item("pk", s("p1")));
	}

	static ConsumedCapacity byTable(List<ConsumedCapacity> capacities, String table) {
		return capacities.stream().filter((c) -> c.tableName().equals(table)).findFirst().orElseThrow();
	}

}
