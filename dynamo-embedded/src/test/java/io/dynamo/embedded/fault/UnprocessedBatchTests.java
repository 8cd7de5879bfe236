/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.fault;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unprocessed batch items and keys injected on purpose: what is returned unprocessed is
 * neither written nor read, and everything else is, as DynamoDB's BatchWriteItem and
 * BatchGetItem promise ("If DynamoDB returns any unprocessed items, you should retry the
 * batch operation on those items", API reference).
 */
class UnprocessedBatchTests {

	private DynamoEngine engine;

	private DynamoDbClient client;

	@BeforeEach
	void start() {
		this.engine = DynamoEngine.inMemory();
		this.client = EngineClients.inProcess(this.engine);
		for (String table : new String[] { "orders", "customers" }) {
			this.client.createTable((create) -> create.tableName(table)
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH)));
		}
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.engine.close();
	}

	@Test
	void heldBackWritesAreReturnedUnprocessedAndNotWritten() {
		FaultInjector.Registration fault = this.engine.faults().add(Fault.unprocessed().table("orders").times(7));
		BatchWriteItemResponse response = this.client
			.batchWriteItem((b) -> b.requestItems(Map.of("orders", puts("o", 20), "customers", puts("c", 5))));
		List<WriteRequest> unprocessed = response.unprocessedItems().get("orders");
		assertThat(unprocessed).hasSize(7);
		assertThat(response.unprocessedItems()).doesNotContainKey("customers");
		assertThat(fault.hits()).isEqualTo(7);
		assertThat(count("orders")).isEqualTo(13);
		assertThat(count("customers")).isEqualTo(5);
		for (WriteRequest request : unprocessed) {
			Map<String, AttributeValue> key = Map.of("id", request.putRequest().item().get("id"));
			assertThat(this.client.getItem((g) -> g.tableName("orders").key(key)).hasItem()).isFalse();
		}
		// resubmitting the remainder writes it: nothing is lost
		BatchWriteItemResponse retry = this.client.batchWriteItem((b) -> b.requestItems(response.unprocessedItems()));
		assertThat(retry.unprocessedItems()).isEmpty();
		assertThat(count("orders")).isEqualTo(20);
	}

	@Test
	void everyItemHeldBackLeavesTheTableUntouched() {
		this.engine.faults().add(Fault.unprocessed());
		BatchWriteItemResponse response = this.client
			.batchWriteItem((b) -> b.requestItems(Map.of("orders", puts("o", 3))));
		assertThat(response.unprocessedItems().get("orders")).hasSize(3);
		assertThat(count("orders")).isZero();
	}

	@Test
	void heldBackKeysAreReturnedUnprocessedWithTheirReadOptions() {
		this.client.batchWriteItem((b) -> b.requestItems(Map.of("orders", puts("o", 10))));
		this.engine.faults().add(Fault.unprocessed().operation("BatchGetItem").times(4));
		List<Map<String, AttributeValue>> keys = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			keys.add(Map.of("id", AttributeValue.fromS("o" + i)));
		}
		BatchGetItemResponse response = this.client.batchGetItem((b) -> b.requestItems(Map.of("orders",
				KeysAndAttributes.builder().keys(keys).consistentRead(true).projectionExpression("id").build())));
		assertThat(response.responses().get("orders")).hasSize(6);
		KeysAndAttributes unprocessed = response.unprocessedKeys().get("orders");
		assertThat(unprocessed.keys()).hasSize(4);
		assertThat(unprocessed.consistentRead()).isTrue();
		assertThat(unprocessed.projectionExpression()).isEqualTo("id");
	}

	private static List<WriteRequest> puts(String prefix, int count) {
		List<WriteRequest> requests = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Map<String, AttributeValue> item = new HashMap<>();
			item.put("id", AttributeValue.fromS(prefix + i));
			requests.add(WriteRequest.builder().putRequest(PutRequest.builder().item(item).build()).build());
		}
		return requests;
	}

	private int count(String table) {
		String prefix = table.substring(0, 1);
		int count = 0;
		for (int i = 0; i < 20; i++) {
			Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS(prefix + i));
			if (this.client.getItem((g) -> g.tableName(table).key(key)).hasItem()) {
				count++;
			}
		}
		return count;
	}

}
