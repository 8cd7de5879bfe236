/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.health.DynamoHealthIndicator;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoHealthContributorAutoConfiguration}.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoHealthContributorAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
				DynamoClientAutoConfiguration.class, DynamoHealthContributorAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true", "dynamo.embedded.transport=in-process");

	@Test
	void whenClientsAreConfiguredThenTheHealthIndicatorIsUpOnTheEmbeddedServer() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasBean("dynamoHealthIndicator");
			Health health = context.getBean(DynamoHealthIndicator.class).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
		});
	}

	@Test
	void whenTheHealthIndicatorIsDisabledThenNoneIsCreated() {
		this.contextRunner.withPropertyValues("management.health.dynamo.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoHealthIndicator.class));
	}

	@Test
	void whenTheUserDefinesAnIndicatorThenTheAutoConfiguredOneBacksOff() {
		this.contextRunner
			.withBean("dynamoHealthIndicator", DynamoHealthIndicator.class,
					() -> new DynamoHealthIndicator(new io.dynamo.spring.core.DynamoConnection(
							software.amazon.awssdk.services.dynamodb.DynamoDbClient.builder()
								.region(software.amazon.awssdk.regions.Region.EU_WEST_1)
								.build()),
							java.time.Duration.ofSeconds(1)))
			.run((context) -> assertThat(context).hasSingleBean(DynamoHealthIndicator.class));
	}

	@Test
	void whenTheTimeoutIsNotPositiveThenStartUpFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("management.health.dynamo.timeout=0s")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("management.health.dynamo.timeout"));
	}

}
