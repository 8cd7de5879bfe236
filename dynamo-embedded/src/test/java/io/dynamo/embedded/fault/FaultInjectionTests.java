/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.fault;

import java.time.Duration;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Faults injected on purpose, seen through the real SDK client.
 */
class FaultInjectionTests {

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
	void throttleHitsTheNamedOperationAndTableAsManyTimesAsAsked() {
		FaultInjector.Registration throttle = this.engine.faults()
			.add(Fault.throttling().operation("PutItem").table("orders").times(2));
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> put("orders", "1"))
			.satisfies((ex) -> assertThat(ex.awsErrorDetails().rawResponse().asUtf8String())
				.contains("\"ThrottlingReasons\"")
				.contains("TableWriteKeyRangeThroughputExceeded")
				.contains(":table/orders"));
		put("customers", "1");
		get("orders", "1");
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> put("orders", "1"));
		put("orders", "1");
		assertThat(throttle.hits()).isEqualTo(2);
		assertThat(get("orders", "1")).containsKey("id");
	}

	@Test
	void internalErrorIsA500AndTheWriteIsNotApplied() {
		this.engine.faults().add(Fault.internalError().operation("PutItem").times(1));
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> put("orders", "1"))
			.satisfies((ex) -> assertThat(ex.statusCode()).isEqualTo(500));
		assertThat(get("orders", "1")).isEmpty();
	}

	@Test
	void transactionConflictOnASingleItemWrite() {
		this.engine.faults().add(Fault.transactionConflict().times(1));
		assertThatExceptionOfType(TransactionConflictException.class).isThrownBy(() -> put("orders", "1"));
		put("orders", "1");
		assertThat(get("orders", "1")).containsKey("id");
	}

	@Test
	void shareIsDrawnFromTheSeedSoTheSameSeedGivesTheSameFaults() {
		String first = pattern(42);
		assertThat(pattern(42)).isEqualTo(first);
		assertThat(first).contains("x").contains(".");
	}

	@Test
	void delayHoldsTheRequestThenRunsIt() {
		FaultInjector.Registration delay = this.engine.faults().add(Fault.delay(Duration.ofMillis(50)).times(1));
		put("orders", "1");
		assertThat(delay.hits()).isEqualTo(1);
		assertThat(get("orders", "1")).containsKey("id");
	}

	@Test
	void removedFaultStopsHitting() {
		FaultInjector.Registration throttle = this.engine.faults().add(Fault.throttling());
		assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> get("orders", "1"));
		throttle.remove();
		assertThat(get("orders", "1")).isEmpty();
	}

	private String pattern(long seed) {
		try (DynamoEngine seeded = DynamoEngine.builder().seed(seed).build();
				DynamoDbClient seededClient = EngineClients.inProcess(seeded)) {
			seededClient.createTable((create) -> create.tableName("seeded")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH)));
			seeded.faults().add(Fault.internalError().operation("GetItem").share(0.5));
			StringBuilder pattern = new StringBuilder();
			for (int i = 0; i < 40; i++) {
				try {
					seededClient.getItem((g) -> g.tableName("seeded").key(Map.of("id", AttributeValue.fromS("k"))));
					pattern.append('.');
				}
				catch (DynamoDbException ex) {
					pattern.append('x');
				}
			}
			return pattern.toString();
		}
	}

	private void put(String table, String id) {
		this.client.putItem((p) -> p.tableName(table).item(Map.of("id", AttributeValue.fromS(id))));
	}

	private Map<String, AttributeValue> get(String table, String id) {
		return this.client.getItem((g) -> g.tableName(table).key(Map.of("id", AttributeValue.fromS(id)))).item();
	}

}
