/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.actuate.DynamoEndpoint;
import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.metrics.DynamoMetricsInterceptor;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of {@link DynamoEndpoint}
 * ({@code /actuator/dynamo}), when the endpoint is available (exposed with
 * {@code management.endpoints.web.exposure.include=dynamo}).
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(after = { DynamoClientAutoConfiguration.class, DynamoMetricsAutoConfiguration.class,
		DynamoRateLimitAutoConfiguration.class })
@ConditionalOnClass({ Endpoint.class, ConditionalOnAvailableEndpoint.class })
@ConditionalOnBean(DynamoConnection.class)
@ConditionalOnAvailableEndpoint(DynamoEndpoint.class)
public final class DynamoEndpointAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoEndpoint dynamoEndpoint(DynamoConnection connection, ObjectProvider<CapacityRateLimiter> limiter,
			ObjectProvider<DynamoMetricsInterceptor> metrics) {
		return new DynamoEndpoint(connection, limiter.getIfAvailable(), metrics.getIfAvailable());
	}

}
