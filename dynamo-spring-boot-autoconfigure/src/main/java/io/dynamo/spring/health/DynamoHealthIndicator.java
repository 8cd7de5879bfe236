/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.health;

import java.time.Duration;

import io.dynamo.spring.core.DynamoConnection;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.util.Assert;

/**
 * Health indicator that pings DynamoDB with one cheap call, bounded by its own timeout so
 * that a silent endpoint never stalls the health endpoint. Reports the region, the
 * endpoint and the round-trip time; never credentials.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoHealthIndicator extends AbstractHealthIndicator {

	private final DynamoConnection connection;

	private final Duration timeout;

	/**
	 * Create an indicator.
	 * @param connection the connection to ping
	 * @param timeout how long one check may take
	 */
	public DynamoHealthIndicator(DynamoConnection connection, Duration timeout) {
		super("DynamoDB health check failed");
		Assert.notNull(connection, "'connection' must not be null");
		this.connection = connection;
		this.timeout = timeout;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.withDetail("region", this.connection.region().id())
			.withDetail("endpoint", this.connection.endpoint().toString());
		try {
			Duration roundTrip = this.connection.ping(this.timeout);
			builder.up().withDetail("responseTime", roundTrip.toMillis() + "ms");
		}
		catch (RuntimeException ex) {
			builder.down(ex);
		}
	}

}
