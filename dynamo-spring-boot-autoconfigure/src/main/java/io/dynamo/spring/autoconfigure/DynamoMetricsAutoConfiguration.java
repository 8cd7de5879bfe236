/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.metrics.DynamoMetricsInterceptor;
import io.dynamo.spring.metrics.DynamoRequestObservationConvention;
import io.dynamo.spring.metrics.DynamoSdkMetricPublisher;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of DynamoDB meters and observations:
 * contributes builder customizers that add a {@link DynamoMetricsInterceptor} (and, with
 * {@code dynamo.metrics.sdk-metrics=true}, a {@link DynamoSdkMetricPublisher}) to the
 * auto-configured clients. Active when a {@link MeterRegistry} bean exists, unless
 * {@code dynamo.metrics.enabled=false}.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration" })
@ConditionalOnClass({ DynamoDbClient.class, MeterRegistry.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "dynamo.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoMetricsInterceptor dynamoMetricsInterceptor(MeterRegistry meterRegistry,
			ObjectProvider<ObservationRegistry> observationRegistry,
			ObjectProvider<DynamoRequestObservationConvention> convention, DynamoProperties properties) {
		ObservationRegistry observations = properties.metrics().observations()
				? observationRegistry.getIfUnique(() -> ObservationRegistry.NOOP) : ObservationRegistry.NOOP;
		return new DynamoMetricsInterceptor(meterRegistry, observations, convention.getIfUnique(),
				properties.metrics().consumedCapacity());
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty("dynamo.metrics.sdk-metrics")
	DynamoSdkMetricPublisher dynamoSdkMetricPublisher(MeterRegistry meterRegistry) {
		return new DynamoSdkMetricPublisher(meterRegistry);
	}

	@Bean
	@ConditionalOnMissingBean(name = "dynamoMetricsClientCustomizer")
	DynamoDbClientBuilderCustomizer dynamoMetricsClientCustomizer(DynamoMetricsInterceptor interceptor,
			ObjectProvider<DynamoSdkMetricPublisher> publisher) {
		return (builder) -> builder
			.overrideConfiguration(instrument(builder.overrideConfiguration(), interceptor, publisher));
	}

	@Bean
	@ConditionalOnMissingBean(name = "dynamoMetricsAsyncClientCustomizer")
	DynamoDbAsyncClientBuilderCustomizer dynamoMetricsAsyncClientCustomizer(DynamoMetricsInterceptor interceptor,
			ObjectProvider<DynamoSdkMetricPublisher> publisher) {
		return (builder) -> builder
			.overrideConfiguration(instrument(builder.overrideConfiguration(), interceptor, publisher));
	}

	private static ClientOverrideConfiguration instrument(ClientOverrideConfiguration current,
			DynamoMetricsInterceptor interceptor, ObjectProvider<DynamoSdkMetricPublisher> publisher) {
		ClientOverrideConfiguration.Builder builder = current.toBuilder().addExecutionInterceptor(interceptor);
		publisher.ifAvailable(builder::addMetricPublisher);
		return builder.build();
	}

}
