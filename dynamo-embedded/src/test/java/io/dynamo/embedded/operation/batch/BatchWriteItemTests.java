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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.dynamo.embedded.support.TestTables.filler;
import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class BatchWriteItemTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void tables() {
		io.dynamo.embedded.support.TestTables.hashTable(this.client, "users");
		io.dynamo.embedded.support.TestTables.indexedTable(this.client, "orders");
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest((p) -> p.item(item)).build();
	}

	static WriteRequest delete(Map<String, AttributeValue> key) {
		return WriteRequest.builder().deleteRequest((d) -> d.key(key)).build();
	}

	private List<Map<String, AttributeValue>> read(String table, List<Map<String, AttributeValue>> keys) {
		return this.client
			.batchGetItem((b) -> b.requestItems(Map.of(table, KeysAndAttributes.builder().keys(keys).build())))
			.responses()
			.get(table);
	}

	@Test
	void putsAndDeletesAcrossTablesWithNothingUnprocessed() {
		this.client.batchWriteItem((b) -> b.requestItems(Map.of("users", List.of(put(item("id", s("gone")))))));
		BatchWriteItemResponse response = this.client.batchWriteItem((b) -> b.requestItems(
				Map.of("users", List.of(put(item("id", s("ann"), "age", n(31))), delete(item("id", s("gone")))),
						"orders", List.of(put(item("pk", s("ann"), "sk", n(1), "status", s("open")))))));

		assertThat(response.unprocessedItems()).isEmpty();
		assertThat(response.consumedCapacity()).isEmpty();
		assertThat(read("users", List.of(item("id", s("ann")), item("id", s("gone")))))
			.containsExactly(item("id", s("ann"), "age", n(31)));
		assertThat(read("orders", List.of(item("pk", s("ann"), "sk", n(1)))))
			.containsExactly(item("pk", s("ann"), "sk", n(1), "status", s("open")));
	}

	@Test
	void putAndDeleteOfOneItemAreRefusedAsDuplicates() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchWriteItem((b) -> b
				.requestItems(Map.of("users", List.of(put(item("id", s("ann"))), delete(item("id", s("ann"))))))))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("ValidationException"))
			.withMessageStartingWith("Provided list of item keys contains duplicates");
	}

	@Test
	void moreThanTwentyFiveRequestsInOneTableAreRefused() {
		List<WriteRequest> requests = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			requests.add(put(item("id", s("u" + i))));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchWriteItem((b) -> b.requestItems(Map.of("users", requests))))
			.withMessageContaining("1 validation error detected: Value '{\"users\":[{\"PutRequest\":")
			.withMessageContaining("at 'requestItems' failed to satisfy constraint: Map value must satisfy constraint: "
					+ "[Member must have length less than or equal to 25, Member must have length greater than or equal to 1]");
	}

	@Test
	void eachPutIsValidatedAsPutItemValidatesItsItem() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.batchWriteItem((b) -> b.requestItems(Map.of("users", List.of(put(item("name", s("ann"))))))))
			.withMessageStartingWith("The provided key element does not match the schema");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchWriteItem((b) -> b
				.requestItems(Map.of("users", List.of(put(item("id", s("big"), "data", s(filler(400 * 1024)))))))))
			.withMessageStartingWith("Item size has exceeded the maximum allowed size");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchWriteItem((b) -> b
				.requestItems(Map.of("orders", List.of(put(item("pk", s("a"), "sk", n(1), "status", n(7))))))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Type mismatch for Index Key status Expected: S Actual: N IndexName: byStatus");
	}

	@Test
	void anInvalidRequestWritesNothingOfTheBatch() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchWriteItem(
					(b) -> b.requestItems(Map.of("users", List.of(put(item("id", s("ok"))), put(item("id", n(1))))))))
			.withMessageStartingWith("The provided key element does not match the schema");
		assertThat(read("users", List.of(item("id", s("ok"))))).isEmpty();
	}

	@Test
	void aMissingTableIsNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client
				.batchWriteItem((b) -> b.requestItems(Map.of("nothing", List.of(put(item("id", s("a"))))))))
			.withMessageStartingWith("Requested resource not found");
	}

	@Test
	void consumedCapacityIsGivenPerTableWithIndexWrites() {
		BatchWriteItemResponse response = this.client.batchWriteItem((b) -> b
			.requestItems(
					Map.of("users", List.of(put(item("id", s("a"))), put(item("id", s("b"), "data", s(filler(1500))))),
							"orders", List.of(put(item("pk", s("a"), "sk", n(1), "status", s("open"), "total", n(5))))))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));

		// one unit per KB rounded up: 1 + 2 for users; the order writes its table and
		// both
		// indexes
		assertThat(response.consumedCapacity()).extracting(ConsumedCapacity::tableName)
			.containsExactlyInAnyOrder("users", "orders");
		ConsumedCapacity users = byTable(response.consumedCapacity(), "users");
		assertThat(users.capacityUnits()).isEqualTo(3.0);
		assertThat(users.table().capacityUnits()).isEqualTo(3.0);
		ConsumedCapacity orders = byTable(response.consumedCapacity(), "orders");
		assertThat(orders.capacityUnits()).isEqualTo(3.0);
		assertThat(orders.globalSecondaryIndexes().get("byStatus").capacityUnits()).isEqualTo(1.0);
		assertThat(orders.localSecondaryIndexes().get("byTotal").capacityUnits()).isEqualTo(1.0);
	}

	@Test
	void itemCollectionMetricsAreGivenForTablesWithLocalIndexes() {
		BatchWriteItemResponse response = this.client.batchWriteItem((b) -> b
			.requestItems(Map.of("users", List.of(put(item("id", s("a")))), "orders",
					List.of(put(item("pk", s("p1"), "sk", n(1))), put(item("pk", s("p1"), "sk", n(2))))))
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));

		assertThat(response.itemCollectionMetrics()).containsOnlyKeys("orders");
		assertThat(response.itemCollectionMetrics().get("orders")).singleElement().satisfies((metrics) -> {
			assertThat(metrics.itemCollectionKey()).isEqualTo(item("pk", s("p1")));
			assertThat(metrics.sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
		});
	}

	static ConsumedCapacity byTable(List<ConsumedCapacity> capacities, String table) {
		return capacities.stream().filter((c) -> c.tableName().equals(table)).findFirst().orElseThrow();
	}

}
