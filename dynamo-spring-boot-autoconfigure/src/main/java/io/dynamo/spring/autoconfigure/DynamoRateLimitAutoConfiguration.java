/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.ratelimit.AdaptiveTuning;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import io.dynamo.spring.ratelimit.MicrometerRateLimiterListener;
import io.dynamo.spring.ratelimit.RateLimitedDynamoDbAsyncClient;
import io.dynamo.spring.ratelimit.RateLimiterListener;
import io.dynamo.spring.ratelimit.RateLimitingInterceptor;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.MeterRegistry;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the capacity-unit rate limiter,
 * active when {@code dynamo.rate-limit.mode} (globally or for a table) is not
 * {@code none}: a {@link CapacityRateLimiter}, a {@link RateLimitingInterceptor} added to
 * both clients, and a {@link RateLimitedDynamoDbAsyncClient} around the asynchronous
 * client so that its callers are never blocked.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ DynamoDbClient.class, Bucket.class })
@Conditional(DynamoRateLimitAutoConfiguration.OnRateLimitCondition.class)
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoRateLimitAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CapacityRateLimiter dynamoCapacityRateLimiter(DynamoProperties properties,
			ObjectProvider<RateLimiterListener> listener) {
		return new CapacityRateLimiter(new DynamoRateLimits(properties.rateLimit()), properties.rateLimit().maxWait(),
				AdaptiveTuning.DEFAULTS, listener.getIfUnique(() -> RateLimiterListener.NONE));
	}

	@Bean
	@ConditionalOnMissingBean
	RateLimitingInterceptor dynamoRateLimitingInterceptor(CapacityRateLimiter limiter) {
		return new RateLimitingInterceptor(limiter);
	}

	@Bean
	@ConditionalOnMissingBean(name = "dynamoRateLimitClientCustomizer")
	DynamoDbClientBuilderCustomizer dynamoRateLimitClientCustomizer(RateLimitingInterceptor interceptor) {
		return (builder) -> builder.overrideConfiguration(
				builder.overrideConfiguration().toBuilder().addExecutionInterceptor(interceptor).build());
	}

	@Bean
	@ConditionalOnMissingBean(name = "dynamoRateLimitAsyncClientCustomizer")
	DynamoDbAsyncClientBuilderCustomizer dynamoRateLimitAsyncClientCustomizer(RateLimitingInterceptor interceptor) {
		return (builder) -> builder.overrideConfiguration(
				builder.overrideConfiguration().toBuilder().addExecutionInterceptor(interceptor).build());
	}

	@Bean
	@ConditionalOnMissingBean(name = "dynamoRateLimitedAsyncClientPostProcessor")
	static BeanPostProcessor dynamoRateLimitedAsyncClientPostProcessor(ObjectProvider<CapacityRateLimiter> limiter) {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof DynamoDbAsyncClient client && !(bean instanceof RateLimitedDynamoDbAsyncClient)) {
					return new RateLimitedDynamoDbAsyncClient(client, limiter.getObject());
				}
				return bean;
			}

		};
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MeterRegistry.class)
	@ConditionalOnBean(MeterRegistry.class)
	static class RateLimiterMetricsConfiguration {

		@Bean
		@ConditionalOnMissingBean
		MicrometerRateLimiterListener dynamoRateLimiterMetrics(MeterRegistry registry) {
			return new MicrometerRateLimiterListener(registry);
		}

	}

	static class OnRateLimitCondition extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			boolean active = Binder.get(context.getEnvironment())
				.bind("dynamo.rate-limit", DynamoProperties.RateLimit.class)
				.map(DynamoRateLimits::isActive)
				.orElse(false);
			return active ? ConditionOutcome.match("dynamo.rate-limit.mode is set for all or some tables")
					: ConditionOutcome.noMatch("dynamo.rate-limit.mode is none for every table");
		}

	}

}
