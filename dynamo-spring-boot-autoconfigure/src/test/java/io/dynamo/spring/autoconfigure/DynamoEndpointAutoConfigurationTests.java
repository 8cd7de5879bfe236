/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.actuate.DynamoEndpoint;
import io.dynamo.spring.actuate.DynamoEndpoint.DynamoDescriptor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.order;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.ordersTable;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link DynamoEndpointAutoConfiguration} and {@link DynamoEndpoint}.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoEndpointAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
				DynamoClientAutoConfiguration.class, DynamoMetricsAutoConfiguration.class,
				DynamoRateLimitAutoConfiguration.class, DynamoEndpointAutoConfiguration.class))
		.withBean(SimpleMeterRegistry.class)
		.withPropertyValues("dynamo.embedded.enabled=true", "management.endpoints.web.exposure.include=dynamo");

	@Test
	void whenTheEndpointIsExposedThenItShowsTheClientTablesAndLimiterWithoutSecrets() {
		this.contextRunner
			.withPropertyValues("dynamo.rate-limit.mode=adaptive", "dynamo.rate-limit.max-write-capacity=800",
					"dynamo.credentials.access-key=AKIASECRETKEY00001", "dynamo.credentials.secret-key=top-secret")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				client.createTable(ordersTable("orders_e"));
				client.putItem((put) -> put.tableName("orders_e").item(order("a", "1", 1)));
				DynamoDescriptor descriptor = context.getBean(DynamoEndpoint.class).dynamo();
				assertThat(descriptor.region()).isEqualTo("us-east-1");
				assertThat(descriptor.endpoint()).startsWith("http://127.0.0.1:");
				assertThat(descriptor.rateLimited()).isTrue();
				assertThat(descriptor.tables().get("orders_e").rateLimit().write().mode()).isEqualTo("adaptive");
				// an adaptive limit starts at its minimum, a tenth of the maximum by
				// default
				assertThat(descriptor.tables().get("orders_e").rateLimit().write().rate()).isEqualTo(80);
				assertThat(descriptor.toString()).doesNotContain("top-secret").doesNotContain("AKIASECRETKEY00001");
			});
	}

	@Test
	void whenNoLimiterIsConfiguredThenTablesSeenByTheMetricsAreListed() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_f"));
			client.putItem((put) -> put.tableName("orders_f").item(order("a", "1", 1)));
			DynamoDescriptor descriptor = context.getBean(DynamoEndpoint.class).dynamo();
			assertThat(descriptor.rateLimited()).isFalse();
			assertThat(descriptor.tables()).containsOnlyKeys("orders_f");
			assertThat(descriptor.tables().get("orders_f").rateLimit()).isNull();
		});
	}

	@Test
	void whenTheEndpointIsNotExposedThenItIsNotCreated() {
		this.contextRunner.withPropertyValues("management.endpoints.web.exposure.include=health")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoEndpoint.class));
	}

}
