/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.health.DynamoHealthIndicator;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of {@link DynamoHealthIndicator},
 * shown as {@code dynamo} under {@code /actuator/health} and switched off with
 * {@code management.health.dynamo.enabled=false}.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(after = DynamoClientAutoConfiguration.class)
@ConditionalOnClass({ DynamoHealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(DynamoConnection.class)
@ConditionalOnEnabledHealthIndicator("dynamo")
@EnableConfigurationProperties(DynamoHealthProperties.class)
public final class DynamoHealthContributorAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(name = "dynamoHealthIndicator")
	DynamoHealthIndicator dynamoHealthIndicator(DynamoConnection connection, DynamoHealthProperties properties) {
		return new DynamoHealthIndicator(connection, properties.timeout());
	}

}
