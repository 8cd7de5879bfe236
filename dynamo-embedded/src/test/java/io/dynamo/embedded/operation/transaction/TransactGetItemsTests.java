/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

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
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

import static io.dynamo.embedded.support.TestTables.filler;
import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * TransactGetItems through the SDK client; each test names the rule of the DynamoDB API
 * reference it checks.
 */
class TransactGetItemsTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void tables() {
		TestTables.hashTable(this.client, "users");
		TestTables.indexedTable(this.client, "orders");
		this.client.putItem((p) -> p.tableName("users").item(item("id", s("ann"), "age", n(31), "city", s("Oslo"))));
		this.client
			.putItem((p) -> p.tableName("orders").item(item("pk", s("ann"), "sk", n(1), "data", s(filler(5000)))));
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	static TransactGetItem get(String table, Map<String, AttributeValue> key) {
		return TransactGetItem.builder().get((g) -> g.tableName(table).key(key)).build();
	}

	@Test
	void itemsComeInRequestOrderWithAnEmptyEntryForAnAbsentItem() {
		// TransactGetItems Responses: "an ordered array of up to 100 ItemResponse
		// objects, each of which corresponds to the TransactGetItem object in the same
		// position"; "If a requested item could not be retrieved, the corresponding
		// ItemResponse object is Null"
		TransactGetItemsResponse response = this.client
			.transactGetItems((t) -> t.transactItems(get("orders", item("pk", s("ann"), "sk", n(1))),
					get("users", item("id", s("nobody"))),
					TransactGetItem.builder()
						.get((g) -> g.tableName("users")
							.key(item("id", s("ann")))
							.projectionExpression("#c")
							.expressionAttributeNames(Map.of("#c", "city")))
						.build()));

		assertThat(response.responses()).hasSize(3);
		assertThat(response.responses().get(0).item()).containsKeys("pk", "sk", "data");
		assertThat(response.responses().get(1).hasItem()).isFalse();
		assertThat(response.responses().get(2).item()).isEqualTo(item("city", s("Oslo")));
	}

	@Test
	void eachReadCostsTwiceAConsistentRead() {
		// "Transactional read requests require 2 RCUs to perform one read per second for
		// items up to 4 KB"
		TransactGetItemsResponse response = this.client.transactGetItems(
				(t) -> t
					.transactItems(get("orders", item("pk", s("ann"), "sk", n(1))), get("users", item("id", s("ann"))),
							get("users", item("id", s("nobody"))))
					.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));

		assertThat(TransactWriteItemsTests.byTable(response.consumedCapacity(), "orders").capacityUnits())
			.isEqualTo(4.0);
		assertThat(TransactWriteItemsTests.byTable(response.consumedCapacity(), "users").capacityUnits())
			.isEqualTo(4.0);
	}

	@Test
	void oneItemTwiceOrMoreThanAHundredGetsAreRefused() {
		// TransactGetItems: no two actions on one item; TransactItems "Maximum number of
		// 100 items"
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactGetItems(
					(t) -> t.transactItems(get("users", item("id", s("ann"))), get("users", item("id", s("ann"))))))
			.withMessageStartingWith("Transaction request cannot include multiple operations on one item");
		List<TransactGetItem> many = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			many.add(get("users", item("id", s("u" + i))));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactGetItems((t) -> t.transactItems(many)))
			.withMessageContaining("Member must have length less than or equal to 100");
		TransactGetItemsResponse hundred = this.client.transactGetItems((t) -> t.transactItems(many.subList(0, 100)));
		assertThat(hundred.responses()).hasSize(100).noneMatch(ItemResponse::hasItem);
	}

	@Test
	void keysAreCheckedAgainstTheirTables() {
		// ResourceNotFoundException for a missing table; keys must match the schema
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.transactGetItems((t) -> t.transactItems(get("nothing", item("id", s("a"))))));
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.transactGetItems((t) -> t.transactItems(get("users", item("id", n(1))))))
			.withMessageStartingWith("The provided key element does not match the schema");
	}

}
