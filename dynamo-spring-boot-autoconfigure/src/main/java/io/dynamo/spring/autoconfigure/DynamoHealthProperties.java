/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration properties of the DynamoDB health indicator.
 *
 * @param timeout Time one health check may take, retries included, before DynamoDB is
 * reported DOWN.
 * @author dynamo-spring-boot authors
 */
@ConfigurationProperties("management.health.dynamo")
public record DynamoHealthProperties(@DefaultValue("2s") Duration timeout) {

	/**
	 * Validate the timeout.
	 */
	public DynamoHealthProperties {
		if (timeout.isZero() || timeout.isNegative()) {
			throw new InvalidDynamoPropertyException("management.health.dynamo.timeout",
					"the timeout " + timeout + " is not positive",
					"Set management.health.dynamo.timeout to a positive duration such as '2s'.");
		}
	}

}
