/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Throttles, retries and error outcomes in the meters, with WireMock answering as a
 * throttling DynamoDB.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoMetricsWireMockTests {

	static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
			+ "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\","
			+ "\"ThrottlingReasons\":[{\"reason\":\"TableWriteProvisionedThroughputExceeded\","
			+ "\"resource\":\"arn:aws:dynamodb:eu-west-1:123456789012:table/orders\"}]}";

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoClientAutoConfiguration.class, DynamoMetricsAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIABASEKEY000001",
				"dynamo.credentials.secret-key=base-secret", "dynamo.retries.max-attempts=3",
				// the SDK's own attempt count, to check ours against
				"dynamo.metrics.sdk-metrics=true");

	@BeforeEach
	void start() {
		this.server.start();
		this.server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/x-amz-json-1.0")
			.withHeader("x-amzn-RequestId", "REQ123")
			.withBody(THROTTLED)));
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void whenDynamoDbThrottlesEveryAttemptThenEachIsCountedWithItsReason() {
		this.contextRunner.withPropertyValues("dynamo.endpoint=" + this.server.baseUrl()).run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> client
				.putItem((put) -> put.tableName("orders").item(Map.of("id", AttributeValue.fromS("1")))));
			assertMetrics(context.getBean(MeterRegistry.class));
		});
	}

	@Test
	void whenDynamoDbThrottlesAnAsyncCallThenEachAttemptIsCountedWithItsReason() {
		this.contextRunner.withPropertyValues("dynamo.endpoint=" + this.server.baseUrl()).run((context) -> {
			DynamoDbAsyncClient client = context.getBean(DynamoDbAsyncClient.class);
			assertThat(client.putItem((put) -> put.tableName("orders").item(Map.of("id", AttributeValue.fromS("1")))))
				.failsWithin(java.time.Duration.ofSeconds(30))
				.withThrowableThat()
				.havingCause()
				.isInstanceOf(ProvisionedThroughputExceededException.class);
			assertMetrics(context.getBean(MeterRegistry.class));
		});
	}

	private void assertMetrics(MeterRegistry registry) {
		assertThat(registry.get("dynamodb.throttles")
			.tags("table", "orders", "operation", "PutItem", "reason", "TableWriteProvisionedThroughputExceeded")
			.counter()
			.count()).isEqualTo(3.0);
		assertThat(registry.get("dynamodb.retries").tags("table", "orders", "operation", "PutItem").counter().count())
			.isEqualTo(2.0);
		assertThat(registry.get("dynamodb.requests")
			.tags("table", "orders", "operation", "PutItem", "outcome", "CLIENT_ERROR", "error.code",
					"ProvisionedThroughputExceededException")
			.timer()
			.count()).isEqualTo(1);
		assertThat(registry.get("dynamodb.sdk.attempts").tag("operation", "PutItem").summary().totalAmount())
			.isEqualTo(3.0);
	}

}
