/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.util.function.DoubleSupplier;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;

/**
 * Told what the {@link CapacityRateLimiter} does, for metrics. Every method does nothing
 * by default.
 *
 * @author dynamo-spring-boot authors
 */
public interface RateLimiterListener {

	/**
	 * A listener that ignores everything.
	 */
	RateLimiterListener NONE = new RateLimiterListener() {
	};

	/**
	 * A bucket was created for a table the limiter sees for the first time.
	 * @param table the table
	 * @param kind read or write
	 * @param rate the bucket's current rate, in capacity units per second
	 */
	default void bucketCreated(String table, CapacityKind kind, DoubleSupplier rate) {
	}

	/**
	 * A call waited for capacity (or was granted it at once).
	 * @param table the table tag of the call
	 * @param nanos how long it waited
	 */
	default void waited(String table, long nanos) {
	}

	/**
	 * A call was rejected because it would have waited longer than the maximum.
	 * @param table the table whose limit was reached
	 * @param kind read or write
	 */
	default void rejected(String table, CapacityKind kind) {
	}

}
