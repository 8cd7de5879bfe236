/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.TestTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.dynamo.embedded.support.TestTables.filler;
import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BatchGetItemTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void tables() {
		TestTables.hashTable(this.client, "users");
		TestTables.indexedTable(this.client, "orders");
		this.client.batchWriteItem((b) -> b.requestItems(Map.of("users",
				List.of(BatchWriteItemTests.put(item("id", s("ann"), "age", n(31), "city", s("Oslo"))),
						BatchWriteItemTests.put(item("id", s("bob"), "age", n(42), "city", s("Rome")))),
				"orders", List.of(BatchWriteItemTests.put(item("pk", s("ann"), "sk", n(1), "status", s("open")))))));
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	@Test
	void returnsTheItemsThatExistAcrossTablesProjectedPerTable() {
		BatchGetItemResponse response = this.client.batchGetItem((b) -> b.requestItems(Map.of("users",
				KeysAndAttributes.builder()
					.keys(item("id", s("ann")), item("id", s("bob")), item("id", s("nobody")))
					.projectionExpression("#c, age")
					.expressionAttributeNames(Map.of("#c", "city"))
					.build(),
				"orders",
				KeysAndAttributes.builder().keys(item("pk", s("ann"), "sk", n(1))).attributesToGet("status").build())));

		assertThat(response.responses().get("users")).containsExactlyInAnyOrder(item("city", s("Oslo"), "age", n(31)),
				item("city", s("Rome"), "age", n(42)));
		assertThat(response.responses().get("orders")).containsExactly(item("status", s("open")));
		assertThat(response.unprocessedKeys()).isEmpty();
	}

	@Test
	void duplicateKeysAreRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchGetItem((b) -> b.requestItems(Map.of("users",
					KeysAndAttributes.builder().keys(item("id", s("ann")), item("id", s("ann"))).build()))))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
			.withMessageStartingWith("Provided list of item keys contains duplicates");
	}

	@Test
	void moreThanAHundredKeysAcrossTablesAreRefused() {
		List<Map<String, AttributeValue>> users = new ArrayList<>();
		List<Map<String, AttributeValue>> orders = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			users.add(item("id", s("u" + i)));
			orders.add(item("pk", s("o"), "sk", n(i)));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.batchGetItem((b) -> b.requestItems(Map.of("users", KeysAndAttributes.builder().keys(users).build(),
						"orders", KeysAndAttributes.builder().keys(orders).build()))))
			.withMessageStartingWith("Too many items requested for the BatchGetItem call");
	}

	@Test
	void moreThanAHundredKeysInOneTableBreakTheKeysConstraint() {
		List<Map<String, AttributeValue>> users = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			users.add(item("id", s("u" + i)));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.batchGetItem((b) -> b.requestItems(Map.of("users", KeysAndAttributes.builder().keys(users).build()))))
			.withMessageContaining(
					"at 'requestItems.users.member.keys' failed to satisfy constraint: Member must have length less than or equal to 100");
	}

	@Test
	void keysAreCheckedAgainstTheTableAndTablesMustExist() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchGetItem(
					(b) -> b.requestItems(Map.of("users", KeysAndAttributes.builder().keys(item("id", n(1))).build()))))
			.withMessageStartingWith("The provided key element does not match the schema");
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.batchGetItem((b) -> b
				.requestItems(Map.of("nothing", KeysAndAttributes.builder().keys(item("id", s("a"))).build()))))
			.withMessageStartingWith("Requested resource not found");
	}

	@Test
	void namesWithoutAProjectionExpressionAreRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchGetItem((b) -> b.requestItems(Map.of("users",
					KeysAndAttributes.builder()
						.keys(item("id", s("ann")))
						.expressionAttributeNames(Map.of("#c", "city"))
						.build()))))
			.withMessageStartingWith("ExpressionAttributeNames can only be specified when using expressions");
	}

	@Test
	void aProjectionExpressionAndAttributesToGetTogetherAreRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchGetItem((b) -> b.requestItems(Map.of("users",
					KeysAndAttributes.builder()
						.keys(item("id", s("ann")))
						.projectionExpression("age")
						.attributesToGet("age")
						.build()))))
			.withMessageStartingWith("Can not use both expression and non-expression parameters in the same request: "
					+ "Non-expression parameters: {AttributesToGet} Expression parameters: {ProjectionExpression}");
	}

	@Test
	void consumedCapacityIsHalfAUnitPerEventuallyConsistentReadAndOnePerConsistentRead() {
		BatchGetItemResponse response = this.client.batchGetItem((b) -> b
			.requestItems(Map.of("users",
					KeysAndAttributes.builder().keys(item("id", s("ann")), item("id", s("bob"))).build(), "orders",
					KeysAndAttributes.builder().keys(item("pk", s("ann"), "sk", n(1))).consistentRead(true).build()))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

		assertThat(BatchWriteItemTests.byTable(response.consumedCapacity(), "users").capacityUnits()).isEqualTo(1.0);
		assertThat(BatchWriteItemTests.byTable(response.consumedCapacity(), "orders").capacityUnits()).isEqualTo(1.0);
	}

	@Test
	void keysBeyondSixteenMegabytesComeBackUnprocessedWithTheirParameters() {
		// 50 items of about 390 KB: about 19 MB, more than one response holds
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		List<WriteRequest> puts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			keys.add(item("id", s("big" + i)));
			puts.add(BatchWriteItemTests.put(item("id", s("big" + i), "data", s(filler(390 * 1024)))));
			if (puts.size() == 25) {
				List<WriteRequest> batch = List.copyOf(puts);
				this.client.batchWriteItem((b) -> b.requestItems(Map.of("users", batch)));
				puts.clear();
			}
		}
		BatchGetItemResponse first = this.client.batchGetItem((b) -> b.requestItems(Map.of("users",
				KeysAndAttributes.builder().keys(keys).consistentRead(true).projectionExpression("id").build())));

		KeysAndAttributes left = first.unprocessedKeys().get("users");
		assertThat(left).isNotNull();
		assertThat(left.consistentRead()).isTrue();
		assertThat(left.projectionExpression()).isEqualTo("id");
		assertThat(first.responses().get("users").size() + left.keys().size()).isEqualTo(50);
		assertThat(first.responses().get("users").size()).isEqualTo((int) ((16L * 1024 * 1024) / (390 * 1024 + 8)));

		BatchGetItemResponse second = this.client.batchGetItem((b) -> b.requestItems(first.unprocessedKeys()));
		assertThat(second.unprocessedKeys()).isEmpty();
		List<Map<String, AttributeValue>> all = new ArrayList<>(first.responses().get("users"));
		all.addAll(second.responses().get("users"));
		assertThat(all).hasSize(50).allSatisfy((item) -> assertThat(item).containsOnlyKeys("id"));
	}

}
