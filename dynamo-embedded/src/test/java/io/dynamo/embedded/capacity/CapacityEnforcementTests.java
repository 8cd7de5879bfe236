/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.SteppingClock;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Capacity enforcement of provisioned tables on the engine's clock: DynamoDB keeps up to
 * five minutes of unused capacity for bursts ("Burst capacity", DynamoDB Developer Guide)
 * and refuses requests beyond it with ProvisionedThroughputExceededException.
 */
class CapacityEnforcementTests {

	private final SteppingClock clock = new SteppingClock(Instant.parse("2026-01-01T00:00:00Z"));

	@Test
	void provisionedTableThrottlesOnceItsBurstIsSpentAndRecoversWithTime() {
		try (DynamoEngine engine = DynamoEngine.builder()
			.clock(this.clock)
			.enforceCapacity(true)
			.burstAllowance(Duration.ofSeconds(10))
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			provisioned(client, 2, 1);
			// 1 write unit per second, 10 seconds of burst: ten 1 KB writes pass, the
			// 11th is refused
			for (int i = 0; i < 10; i++) {
				put(client, "k" + i);
			}
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> put(client, "k10"))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().rawResponse().asUtf8String())
					.contains("TableWriteProvisionedThroughputExceeded")
					.contains(":table/things"));
			assertThat(get(client, "k10")).isEmpty();
			this.clock.advance(Duration.ofSeconds(1));
			put(client, "k10");
			assertThat(get(client, "k10")).containsKey("id");
		}
	}

	@Test
	void readsAndWritesHaveTheirOwnBuckets() {
		try (DynamoEngine engine = DynamoEngine.builder()
			.clock(this.clock)
			.enforceCapacity(true)
			.burstAllowance(Duration.ofSeconds(1))
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			provisioned(client, 5, 1);
			put(client, "a");
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> put(client, "b"));
			// strongly consistent reads of a small item cost one unit each: five pass
			for (int i = 0; i < 5; i++) {
				assertThat(get(client, "a")).containsKey("id");
			}
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> get(client, "a"))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().rawResponse().asUtf8String())
					.contains("TableReadProvisionedThroughputExceeded"));
		}
	}

	@Test
	void largeItemIsAdmittedWhileTheBalanceIsPositiveAndPaysItsUnitsAsDebt() {
		try (DynamoEngine engine = DynamoEngine.builder()
			.clock(this.clock)
			.enforceCapacity(true)
			.burstAllowance(Duration.ofSeconds(1))
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			provisioned(client, 1, 10);
			PutItemResponse response = client.putItem((p) -> p.tableName("things")
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
				.item(Map.of("id", AttributeValue.fromS("big"), "blob", AttributeValue.fromS("x".repeat(30_000)))));
			assertThat(response.consumedCapacity().capacityUnits()).isEqualTo(30.0);
			// 10 units a second, 30 paid: the debt takes two more seconds to clear
			this.clock.advance(Duration.ofSeconds(2));
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> put(client, "b"));
			this.clock.advance(Duration.ofMillis(100));
			put(client, "b");
		}
	}

	@Test
	void globalIndexThrottlesWritesThatReachIt() {
		try (DynamoEngine engine = DynamoEngine.builder()
			.clock(this.clock)
			.enforceCapacity(true)
			.burstAllowance(Duration.ofSeconds(1))
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			client.createTable((create) -> create.tableName("things")
				.billingMode(BillingMode.PROVISIONED)
				.provisionedThroughput((t) -> t.readCapacityUnits(100L).writeCapacityUnits(100L))
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S),
						(a) -> a.attributeName("owner").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
				.globalSecondaryIndexes((g) -> g.indexName("byOwner")
					.keySchema((k) -> k.attributeName("owner").keyType(KeyType.HASH))
					.projection((p) -> p.projectionType(ProjectionType.ALL))
					.provisionedThroughput((t) -> t.readCapacityUnits(1L).writeCapacityUnits(1L))));
			client.putItem((p) -> p.tableName("things")
				.item(Map.of("id", AttributeValue.fromS("1"), "owner", AttributeValue.fromS("ann"))));
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
				.isThrownBy(() -> client.putItem((p) -> p.tableName("things")
					.item(Map.of("id", AttributeValue.fromS("2"), "owner", AttributeValue.fromS("bob")))))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().rawResponse().asUtf8String())
					.contains("IndexWriteProvisionedThroughputExceeded")
					.contains("/index/byOwner"));
		}
	}

	@Test
	void onDemandTablesAreNotLimitedUnlessPartitionLimitsAreOn() {
		try (DynamoEngine engine = DynamoEngine.builder()
			.clock(this.clock)
			.enforceCapacity(true)
			.partitionLimits(true)
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			client.createTable((create) -> create.tableName("things")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH)));
			// one partition key takes 1,000 write units a second: three 300 KB items
			// pass, the fourth is refused
			Map<String, AttributeValue> big = Map.of("id", AttributeValue.fromS("hot"), "blob",
					AttributeValue.fromS("x".repeat(300_000)));
			for (int i = 0; i < 4; i++) {
				client.putItem((p) -> p.tableName("things").item(big));
			}
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
				.isThrownBy(() -> client.putItem((p) -> p.tableName("things").item(big)))
				.satisfies((ex) -> assertThat(ex.awsErrorDetails().rawResponse().asUtf8String())
					.contains("TableWriteKeyRangeThroughputExceeded"));
			// another partition key is not affected
			put(client, "cold");
		}
	}

	@Test
	void consumedCapacityIsReturnedOnlyAsTheCallerAsked() {
		try (DynamoEngine engine = DynamoEngine.builder().clock(this.clock).enforceCapacity(true).build();
				DynamoDbClient client = EngineClients.inProcess(engine)) {
			provisioned(client, 10, 10);
			assertThat(client.putItem((p) -> p.tableName("things").item(Map.of("id", AttributeValue.fromS("a"))))
				.consumedCapacity()).isNull();
			assertThat(client
				.putItem((p) -> p.tableName("things")
					.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL)
					.item(Map.of("id", AttributeValue.fromS("a"))))
				.consumedCapacity()
				.table()).isNull();
			assertThat(client
				.putItem((p) -> p.tableName("things")
					.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
					.item(Map.of("id", AttributeValue.fromS("a"))))
				.consumedCapacity()
				.table()
				.capacityUnits()).isEqualTo(1.0);
		}
	}

	private static void provisioned(DynamoDbClient client, long read, long write) {
		client.createTable((create) -> create.tableName("things")
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput((t) -> t.readCapacityUnits(read).writeCapacityUnits(write))
			.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
			.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH)));
	}

	private static void put(DynamoDbClient client, String id) {
		client.putItem((p) -> p.tableName("things").item(Map.of("id", AttributeValue.fromS(id))));
	}

	private static Map<String, AttributeValue> get(DynamoDbClient client, String id) {
		return client
			.getItem((g) -> g.tableName("things").consistentRead(true).key(Map.of("id", AttributeValue.fromS(id))))
			.item();
	}

}
