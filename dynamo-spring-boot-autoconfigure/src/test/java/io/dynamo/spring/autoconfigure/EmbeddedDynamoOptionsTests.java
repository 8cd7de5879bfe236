/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.Map;

import io.dynamo.embedded.fault.Fault;
import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.key;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.order;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.ordersTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The embedded engine's options: the in-process transport, one engine per context or a
 * shared one, capacity enforcement, fault injection from a test, and DynamoDB Local's
 * ignored option.
 *
 * @author dynamo-spring-boot authors
 */
@ExtendWith(OutputCaptureExtension.class)
class EmbeddedDynamoOptionsTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true");

	@Test
	void whenTransportIsInProcessThenTheClientsReachTheEngineWithoutASocket() {
		this.contextRunner.withPropertyValues("dynamo.embedded.transport=in-process").run((context) -> {
			EmbeddedDynamoServer server = context.getBean(EmbeddedDynamoServer.class);
			assertThat(server.transport()).isEqualTo(EmbeddedDynamoServer.Transport.IN_PROCESS);
			assertThat(server.endpoint()).isEqualTo(EmbeddedDynamoServer.IN_PROCESS_ENDPOINT);
			assertThatIllegalStateException().isThrownBy(server::port).withMessageContaining("in-process");
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(context.getBean(DynamoConnection.class).endpoint())
				.isEqualTo(EmbeddedDynamoServer.IN_PROCESS_ENDPOINT);
			client.createTable(ordersTable("orders_in_process"));
			client.putItem((put) -> put.tableName("orders_in_process").item(order("alice", "001", 42)));
			DynamoDbAsyncClient async = context.getBean(DynamoDbAsyncClient.class);
			assertThat(async.getItem((get) -> get.tableName("orders_in_process").key(key("alice", "001")))
				.join()
				.item()
				.get("total")
				.n()).isEqualTo("42");
			assertThat(context.getBean(DynamoConnection.class).ping()).isPositive();
		});
	}

	@Test
	void whenTwoContextsRunAtOnceThenEachHasItsOwnEngine() {
		this.contextRunner.run((first) -> this.contextRunner.run((second) -> {
			first.getBean(DynamoDbClient.class).createTable(ordersTable("orders_first"));
			assertThat(second.getBean(EmbeddedDynamoServer.class).endpoint())
				.isNotEqualTo(first.getBean(EmbeddedDynamoServer.class).endpoint());
			assertThat(second.getBean(DynamoDbClient.class).listTables().tableNames()).doesNotContain("orders_first");
		}));
	}

	@Test
	void whenContextsShareTheEngineThenTheySeeTheSameTablesUntilTheLastCloses() {
		ApplicationContextRunner shared = this.contextRunner.withPropertyValues("dynamo.embedded.shared=true");
		shared.run((first) -> {
			first.getBean(DynamoDbClient.class).createTable(ordersTable("orders_shared"));
			shared.withPropertyValues("dynamo.embedded.transport=in-process").run((second) -> {
				assertThat(second.getBean(DynamoDbClient.class).listTables().tableNames()).contains("orders_shared");
			});
			// the second context has closed: the engine stays up for the first
			assertThat(first.getBean(DynamoDbClient.class).listTables().tableNames()).contains("orders_shared");
			shared.run((third) -> assertThat(third.getBean(EmbeddedDynamoServer.class).endpoint())
				.isEqualTo(first.getBean(EmbeddedDynamoServer.class).endpoint()));
		});
		shared.run((after) -> assertThat(after.getBean(DynamoDbClient.class).listTables().tableNames())
			.doesNotContain("orders_shared"));
	}

	@Test
	void whenCapacityIsEnforcedThenAProvisionedTableThrottlesAboveItsThroughput() {
		this.contextRunner.withPropertyValues("dynamo.embedded.enforce-capacity=true", "dynamo.retries.max-attempts=1")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				client.createTable(provisioned("orders_provisioned"));
				// about 350 write units, more than the table's burst of 300 one-unit
				// seconds
				client.putItem((put) -> put.tableName("orders_provisioned").item(bigOrder("1")));
				assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
					.isThrownBy(() -> client.putItem((put) -> put.tableName("orders_provisioned").item(bigOrder("2"))));
			});
	}

	@Test
	void whenCapacityIsNotEnforcedThenAProvisionedTableNeverThrottles() {
		this.contextRunner.withPropertyValues("dynamo.retries.max-attempts=1").run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(provisioned("orders_unlimited"));
			client.putItem((put) -> put.tableName("orders_unlimited").item(bigOrder("1")));
			client.putItem((put) -> put.tableName("orders_unlimited").item(bigOrder("2")));
			assertThat(client.scan((scan) -> scan.tableName("orders_unlimited")).count()).isEqualTo(2);
		});
	}

	@Test
	void whenATestInjectsAThrottleThenTheClientSeesItAndRetries() {
		this.contextRunner.withPropertyValues("dynamo.embedded.transport=in-process").run((context) -> {
			EmbeddedDynamoServer server = context.getBean(EmbeddedDynamoServer.class);
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_faulty"));
			var throttle = server.faults().add(Fault.throttling().operation("PutItem").times(1));
			client.putItem((put) -> put.tableName("orders_faulty").item(order("bob", "001", 1)));
			assertThat(throttle.hits()).isEqualTo(1);
			assertThat(client.getItem((get) -> get.tableName("orders_faulty").key(key("bob", "001"))).hasItem())
				.isTrue();
		});
	}

	@Test
	void whenDynamoDbLocalsSharedDbIsSetThenItIsIgnoredWithALogLine(CapturedOutput output) {
		this.contextRunner.withPropertyValues("dynamo.embedded.shared-db=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).isEmpty();
		});
		assertThat(output).contains("dynamo.embedded.shared-db is ignored");
	}

	private static CreateTableRequest provisioned(String name) {
		return ordersTable(name).toBuilder()
			.billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(1L).writeCapacityUnits(1L).build())
			.build();
	}

	private static Map<String, AttributeValue> bigOrder(String orderId) {
		return Map.of("customer", AttributeValue.fromS("carol"), "orderId", AttributeValue.fromS(orderId), "blob",
				AttributeValue.fromS("x".repeat(350 * 1024)));
	}

}
