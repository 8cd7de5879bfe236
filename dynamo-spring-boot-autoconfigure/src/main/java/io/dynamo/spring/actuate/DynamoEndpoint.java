/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.actuate;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.metrics.DynamoMetricsInterceptor;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@link Endpoint @Endpoint} {@code dynamo} ({@code /actuator/dynamo}): the client's
 * region and endpoint, the tables it has sent requests to and, per table, the state of
 * the rate limiter's read and write buckets. It never shows credentials and makes no call
 * to DynamoDB.
 *
 * @author dynamo-spring-boot authors
 */
@Endpoint(id = "dynamo")
public class DynamoEndpoint {

	private final DynamoConnection connection;

	private final @Nullable CapacityRateLimiter limiter;

	private final @Nullable DynamoMetricsInterceptor metrics;

	/**
	 * Create an endpoint.
	 * @param connection the connection of the auto-configured client
	 * @param limiter the rate limiter, or {@code null} when none is configured
	 * @param metrics the metrics interceptor, or {@code null} when metrics are off
	 */
	public DynamoEndpoint(DynamoConnection connection, @Nullable CapacityRateLimiter limiter,
			@Nullable DynamoMetricsInterceptor metrics) {
		this.connection = connection;
		this.limiter = limiter;
		this.metrics = metrics;
	}

	/**
	 * Describe the client and its limiter.
	 * @return the description
	 */
	@ReadOperation
	public DynamoDescriptor dynamo() {
		Map<String, CapacityRateLimiter.TableState> limits = (this.limiter != null) ? this.limiter.state() : Map.of();
		Set<String> tables = new TreeSet<>(limits.keySet());
		if (this.metrics != null) {
			tables.addAll(this.metrics.knownTables());
		}
		Map<String, @Nullable TableDescriptor> described = new TreeMap<>();
		for (String table : tables) {
			described.put(table, new TableDescriptor(limits.get(table)));
		}
		return new DynamoDescriptor(this.connection.region().id(), String.valueOf(this.connection.endpoint()),
				(this.limiter != null), described);
	}

	/**
	 * What {@code /actuator/dynamo} shows.
	 *
	 * @param region the client's region
	 * @param endpoint the endpoint the client sends requests to
	 * @param rateLimited whether a rate limiter is configured
	 * @param tables the tables seen, by name
	 */
	public record DynamoDescriptor(String region, String endpoint, boolean rateLimited,
			Map<String, @Nullable TableDescriptor> tables) {

	}

	/**
	 * One table.
	 *
	 * @param rateLimit the limiter's state of the table, or {@code null} when it is not
	 * limited
	 */
	public record TableDescriptor(CapacityRateLimiter.@Nullable TableState rateLimit) {

	}

}
