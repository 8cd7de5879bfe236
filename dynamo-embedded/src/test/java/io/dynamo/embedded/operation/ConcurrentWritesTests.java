/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.dynamo.embedded.operation.TableOperationsTests.attribute;
import static io.dynamo.embedded.operation.TableOperationsTests.key;
import static org.assertj.core.api.Assertions.assertThat;

class ConcurrentWritesTests {

	private static final int THREADS = 16;

	private static final int ITEMS = 4;

	private static final int INCREMENTS_PER_THREAD = 25;

	@Test
	void conditionalIncrementsFromSixteenThreadsLoseNoUpdate() throws Exception {
		try (DynamoEngine engine = DynamoEngine.inMemory(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			client.createTable((r) -> r.tableName("counters")
				.attributeDefinitions(attribute("id", ScalarAttributeType.S))
				.keySchema(key("id", KeyType.HASH))
				.billingMode("PAY_PER_REQUEST"));
			for (int i = 0; i < ITEMS; i++) {
				String id = "c" + i;
				client.putItem((r) -> r.tableName("counters")
					.item(Map.of("id", AttributeValue.fromS(id), "n", AttributeValue.fromN("0"), "version",
							AttributeValue.fromN("0"))));
			}
			AtomicLongArray successes = new AtomicLongArray(ITEMS);
			AtomicLong conflicts = new AtomicLong();
			ExecutorService executor = Executors.newFixedThreadPool(THREADS);
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				int thread = t;
				futures.add(executor.submit(() -> {
					for (int i = 0; i < INCREMENTS_PER_THREAD; i++) {
						int item = (thread + i) % ITEMS;
						incrementWithRetry(client, item, conflicts);
						successes.incrementAndGet(item);
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get(5, TimeUnit.MINUTES);
			}
			executor.shutdown();
			long total = 0;
			for (int i = 0; i < ITEMS; i++) {
				String id = "c" + i;
				Map<String, AttributeValue> item = client.getItem(
						(r) -> r.tableName("counters").key(Map.of("id", AttributeValue.fromS(id))).consistentRead(true))
					.item();
				assertThat(Long.parseLong(item.get("n").n())).isEqualTo(successes.get(i));
				assertThat(Long.parseLong(item.get("version").n())).isEqualTo(successes.get(i));
				total += successes.get(i);
			}
			assertThat(total).isEqualTo((long) THREADS * INCREMENTS_PER_THREAD);
			// with sixteen threads on four items, version conditions do collide
			assertThat(conflicts.get()).isPositive();
		}
	}

	private static void incrementWithRetry(DynamoDbClient client, int item, AtomicLong conflicts) {
		Map<String, AttributeValue> key = Map.of("id", AttributeValue.fromS("c" + item));
		while (true) {
			String version = client.getItem((r) -> r.tableName("counters").key(key).consistentRead(true))
				.item()
				.get("version")
				.n();
			try {
				client.updateItem((r) -> r.tableName("counters")
					.key(key)
					.updateExpression("SET n = n + :one, version = version + :one")
					.conditionExpression("version = :expected")
					.expressionAttributeValues(
							Map.of(":one", AttributeValue.fromN("1"), ":expected", AttributeValue.fromN(version))));
				return;
			}
			catch (ConditionalCheckFailedException ex) {
				conflicts.incrementAndGet();
			}
		}
	}

}
