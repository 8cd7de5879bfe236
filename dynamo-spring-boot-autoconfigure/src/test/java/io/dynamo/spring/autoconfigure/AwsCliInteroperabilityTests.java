/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.List;
import java.util.Map;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import io.dynamo.spring.testsupport.AwsCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-checks the starter against an independent client: items written through the
 * auto-configured client are read back with the AWS CLI ({@code /usr/bin/aws}, Debian's
 * {@code awscli}), and the reverse. Required on CI ({@code .ci/run} installs the CLI);
 * skipped on a developer machine without it.
 *
 * @author dynamo-spring-boot authors
 */
class AwsCliInteroperabilityTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true");

	@BeforeAll
	static void requireCli() {
		AwsCli.require();
	}

	@Test
	void whenTheStarterWritesAnItemThenTheAwsCliReadsTheSameAttributes() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			String endpoint = context.getBean(EmbeddedDynamoServer.class).endpoint().toString();
			client.createTable(EmbeddedDynamoIntegrationTests.ordersTable("cli_orders"));
			client.putItem((put) -> put.tableName("cli_orders")
				.item(Map.of("customer", AttributeValue.fromS("alice"), "orderId", AttributeValue.fromS("001"), "total",
						AttributeValue.fromN("42.5"), "paid", AttributeValue.fromBool(true), "tags",
						AttributeValue.fromSs(List.of("gift", "express")), "blob",
						AttributeValue.fromB(SdkBytes.fromUtf8String("hi")))));

			String json = aws(endpoint, "dynamodb", "get-item", "--table-name", "cli_orders", "--key",
					"{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"001\"}}", "--consistent-read");
			assertThat(json).contains("\"total\": {\"N\": \"42.5\"}".replace(" ", ""))
				.contains("\"paid\":{\"BOOL\":true}")
				.contains("\"blob\":{\"B\":\"aGk=\"}")
				.contains("\"gift\"")
				.contains("\"express\"")
				.contains("\"SS\"");
		});
	}

	@Test
	void whenTheAwsCliWritesAnItemThenTheStarterReadsTheSameAttributes() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			String endpoint = context.getBean(EmbeddedDynamoServer.class).endpoint().toString();
			aws(endpoint, "dynamodb", "create-table", "--table-name", "cli_written", "--attribute-definitions",
					"AttributeName=customer,AttributeType=S", "AttributeName=orderId,AttributeType=S", "--key-schema",
					"AttributeName=customer,KeyType=HASH", "AttributeName=orderId,KeyType=RANGE", "--billing-mode",
					"PAY_PER_REQUEST");
			aws(endpoint, "dynamodb", "put-item", "--table-name", "cli_written", "--item",
					"{\"customer\":{\"S\":\"bob\"},\"orderId\":{\"S\":\"007\"},\"total\":{\"N\":\"12\"},"
							+ "\"lines\":{\"L\":[{\"M\":{\"sku\":{\"S\":\"A-1\"}}}]},\"note\":{\"NULL\":true}}");

			assertThat(client.listTables().tableNames()).contains("cli_written");
			Map<String, AttributeValue> item = client
				.getItem((get) -> get.tableName("cli_written")
					.key(EmbeddedDynamoIntegrationTests.key("bob", "007"))
					.consistentRead(true))
				.item();
			assertThat(item.get("total").n()).isEqualTo("12");
			assertThat(item.get("lines").l().get(0).m().get("sku").s()).isEqualTo("A-1");
			assertThat(item.get("note").nul()).isTrue();
		});
	}

	private static String aws(String endpoint, String... args) {
		return AwsCli.run(endpoint, args);
	}

}
