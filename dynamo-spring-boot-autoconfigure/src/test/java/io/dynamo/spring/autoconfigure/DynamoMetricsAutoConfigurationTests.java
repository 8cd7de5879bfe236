/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.List;
import java.util.Map;

import io.dynamo.spring.metrics.DynamoMetricsInterceptor;
import io.dynamo.spring.metrics.DynamoSdkMetricPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.key;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.order;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.ordersTable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DynamoMetricsAutoConfiguration} against the embedded DynamoDB engine:
 * the meters carry the consumed capacity DynamoDB reported for every kind of operation.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoMetricsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
				DynamoClientAutoConfiguration.class, DynamoMetricsAutoConfiguration.class))
		.withUserConfiguration(RegistryConfiguration.class)
		.withPropertyValues("dynamo.embedded.enabled=true");

	@Test
	void whenAMeterRegistryExistsThenEveryOperationRecordsTheCapacityDynamoDbReported() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			client.createTable(ordersTable("orders_m"));
			client.putItem((put) -> put.tableName("orders_m").item(order("alice", "001", 1)));
			client.getItem((get) -> get.tableName("orders_m").key(key("alice", "001")).consistentRead(true));
			client.updateItem((update) -> update.tableName("orders_m")
				.key(key("alice", "001"))
				.updateExpression("SET #t = :t")
				.expressionAttributeNames(Map.of("#t", "total"))
				.expressionAttributeValues(Map.of(":t", AttributeValue.fromN("2"))));
			client.query((query) -> query.tableName("orders_m")
				.keyConditionExpression("customer = :c")
				.expressionAttributeValues(Map.of(":c", AttributeValue.fromS("alice"))));
			client.scan((scan) -> scan.tableName("orders_m"));
			client.batchWriteItem((batch) -> batch.requestItems(Map.of("orders_m",
					List.of(WriteRequest.builder()
						.putRequest(PutRequest.builder().item(order("bob", "001", 3)).build())
						.build()))));
			client.batchGetItem((batch) -> batch
				.requestItems(Map.of("orders_m", KeysAndAttributes.builder().keys(key("bob", "001")).build())));
			client.transactWriteItems((tx) -> tx.transactItems(TransactWriteItem.builder()
				.put((put) -> put.tableName("orders_m").item(order("carol", "001", 4)))
				.build()));
			client.transactGetItems((tx) -> tx.transactItems(TransactGetItem.builder()
				.get((get) -> get.tableName("orders_m").key(key("carol", "001")))
				.build()));
			client.deleteItem((delete) -> delete.tableName("orders_m").key(key("alice", "001")));

			assertThat(units(registry, "PutItem", "write")).isEqualTo(1.0);
			assertThat(units(registry, "GetItem", "read")).isEqualTo(1.0);
			assertThat(units(registry, "UpdateItem", "write")).isEqualTo(1.0);
			assertThat(units(registry, "DeleteItem", "write")).isEqualTo(1.0);
			assertThat(units(registry, "Query", "read")).isPositive();
			assertThat(units(registry, "Scan", "read")).isPositive();
			assertThat(units(registry, "BatchWriteItem", "write")).isEqualTo(1.0);
			assertThat(units(registry, "BatchGetItem", "read")).isPositive();
			assertThat(units(registry, "TransactGetItems", "read")).isEqualTo(2.0);
			assertThat(units(registry, "TransactWriteItems", "write")).isPositive();
			assertThat(registry.get("dynamodb.items")
				.tags("table", "orders_m", "operation", "Query")
				.summary()
				.totalAmount()).isEqualTo(1.0);
			assertThat(registry.get("dynamodb.requests")
				.tags("table", "orders_m", "operation", "PutItem", "outcome", "SUCCESS", "error.code", "none")
				.timer()
				.count()).isEqualTo(1);
			assertThat(context.getBean(DynamoMetricsInterceptor.class).knownTables()).containsExactly("orders_m");
		});
	}

	@Test
	void whenTheCallerChoosesTheConsumedCapacityThenItsAnswerIsReturnedUntouched() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_rcc"));
			client.putItem((put) -> put.tableName("orders_rcc").item(order("alice", "001", 1)));
			GetItemResponse total = client.getItem((get) -> get.tableName("orders_rcc")
				.key(key("alice", "001"))
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
			assertThat(total.consumedCapacity().capacityUnits()).isEqualTo(0.5);
			assertThat(total.consumedCapacity().table()).isNull();
			GetItemResponse none = client.getItem((get) -> get.tableName("orders_rcc")
				.key(key("alice", "001"))
				.returnConsumedCapacity(ReturnConsumedCapacity.NONE));
			assertThat(none.consumedCapacity()).isNull();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("dynamodb.capacity.consumed")
				.tags("table", "orders_rcc", "operation", "GetItem", "index", "total")
				.counter()
				.count()).isEqualTo(0.5);
		});
	}

	@Test
	void whenConsumedCapacityIsOffThenRequestsAreMeasuredWithoutAskingForIt() {
		this.contextRunner.withPropertyValues("dynamo.metrics.consumed-capacity=false").run((context) -> {
			assertThat(context.getBean(DynamoMetricsInterceptor.class).asksForConsumedCapacity()).isFalse();
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_nocap"));
			client.putItem((put) -> put.tableName("orders_nocap").item(order("alice", "001", 1)));
			GetItemResponse got = client.getItem((get) -> get.tableName("orders_nocap").key(key("alice", "001")));
			assertThat(got.consumedCapacity()).isNull();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("dynamodb.capacity.consumed").counters()).isEmpty();
			assertThat(registry.get("dynamodb.requests")
				.tags("table", "orders_nocap", "operation", "GetItem", "outcome", "SUCCESS")
				.timer()
				.count()).isEqualTo(1);
		});
	}

	@Test
	void whenConsumedCapacityIsOffButARateLimiterIsOnThenRequestsStillAskAndTheMetersRecordIt() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DynamoRateLimitAutoConfiguration.class))
			.withPropertyValues("dynamo.metrics.consumed-capacity=false", "dynamo.rate-limit.mode=fixed",
					"dynamo.rate-limit.read-capacity=1000", "dynamo.rate-limit.write-capacity=1000")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				client.createTable(ordersTable("orders_limited"));
				client.putItem((put) -> put.tableName("orders_limited").item(order("alice", "001", 1)));
				GetItemResponse got = client.getItem((get) -> get.tableName("orders_limited").key(key("alice", "001")));
				assertThat(got.consumedCapacity()).isNotNull();
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(units(registry, "PutItem", "write")).isEqualTo(1.0);
				assertThat(units(registry, "GetItem", "read")).isEqualTo(0.5);
			});
	}

	@Test
	void whenTheAsyncClientCallsThenItsRequestsAreMeasuredToo() {
		this.contextRunner.run((context) -> {
			DynamoDbAsyncClient client = context.getBean(DynamoDbAsyncClient.class);
			client.createTable(ordersTable("orders_am")).join();
			client.putItem((put) -> put.tableName("orders_am").item(order("dave", "001", 1))).join();
			assertThat(units(context.getBean(MeterRegistry.class), "PutItem", "write")).isEqualTo(1.0);
		});
	}

	@Test
	void whenObservationsAreOnThenEachRequestIsObservedWithDatabaseConventions() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_o"));
			client.putItem((put) -> put.tableName("orders_o").item(order("erin", "001", 1)));
			TestObservationRegistryAssert.assertThat(context.getBean(TestObservationRegistry.class))
				.hasNumberOfObservationsWithNameEqualTo("dynamodb.client.operation", 2)
				.hasAnObservation((observation) -> observation.hasContextualNameEqualTo("PutItem orders_o")
					.hasLowCardinalityKeyValue("db.system.name", "aws.dynamodb")
					.hasLowCardinalityKeyValue("db.operation.name", "PutItem")
					.hasLowCardinalityKeyValue("db.collection.name", "orders_o")
					.hasLowCardinalityKeyValue("error.type", "none")
					.hasHighCardinalityKeyValue("aws.dynamodb.consumed_capacity", "1.0")
					.hasHighCardinalityKeyValueWithKey("aws.request_id"));
		});
	}

	@Test
	void whenSdkMetricsAreOnThenTheSdksOwnMetricsReachTheRegistry() {
		this.contextRunner.withPropertyValues("dynamo.metrics.sdk-metrics=true").run((context) -> {
			context.getBean(DynamoDbClient.class).listTables();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("dynamodb.sdk.attempts").tag("operation", "ListTables").summary().count())
				.isEqualTo(1);
			assertThat(registry.get("dynamodb.sdk.service.call").timer().count()).isEqualTo(1);
			assertThat(registry.get("dynamodb.sdk.http.connections.leased").gauge()).isNotNull();
			assertThat(registry.get("dynamodb.sdk.http.connections.max").gauge().value()).isEqualTo(50.0);
		});
	}

	@Test
	void whenMetricsAreDisabledThenClientsAreNotInstrumented() {
		this.contextRunner.withPropertyValues("dynamo.metrics.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(DynamoMetricsInterceptor.class);
			context.getBean(DynamoDbClient.class).listTables();
			assertThat(Search.in(context.getBean(MeterRegistry.class)).name("dynamodb.requests").meters()).isEmpty();
		});
	}

	@Test
	void byDefaultTheSdksOwnMetricsAreNotPublished() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(DynamoMetricsInterceptor.class)
				.doesNotHaveBean(DynamoSdkMetricPublisher.class);
			context.getBean(DynamoDbClient.class).listTables();
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(Search.in(registry).name("dynamodb.sdk.attempts").meters()).isEmpty();
			assertThat(registry.get("dynamodb.requests").tag("operation", "ListTables").timer().count()).isEqualTo(1);
		});
	}

	@Test
	void whenSdkMetricsAreDisabledThenOnlyTheInterceptorIsAdded() {
		this.contextRunner.withPropertyValues("dynamo.metrics.sdk-metrics=false")
			.run((context) -> assertThat(context).hasSingleBean(DynamoMetricsInterceptor.class)
				.doesNotHaveBean(DynamoSdkMetricPublisher.class));
	}

	@Test
	void whenThereIsNoMeterRegistryThenMetricsBackOff() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DynamoClientAutoConfiguration.class, DynamoMetricsAutoConfiguration.class))
			.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIATESTKEY12345",
					"dynamo.credentials.secret-key=s")
			.run((context) -> assertThat(context).hasSingleBean(DynamoDbClient.class)
				.doesNotHaveBean(DynamoMetricsInterceptor.class));
	}

	static double units(MeterRegistry registry, String operation, String capacity) {
		return Search.in(registry)
			.name("dynamodb.capacity.consumed")
			.tags("operation", operation, "capacity", capacity)
			.counters()
			.stream()
			.mapToDouble((counter) -> counter.count())
			.sum();
	}

	@Configuration(proxyBeanMethods = false)
	static class RegistryConfiguration {

		@Bean
		SimpleMeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}

	}

}
