/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Publishes the limiter's state to Micrometer: {@code dynamodb.ratelimit.wait} (timer:
 * table), {@code dynamodb.ratelimit.rate} (gauge: table, capacity; current units per
 * second) and {@code dynamodb.ratelimit.rejected} (counter: table, capacity).
 *
 * @author dynamo-spring-boot authors
 */
public class MicrometerRateLimiterListener implements RateLimiterListener {

	private final MeterRegistry registry;

	// registered once per table, not per call
	private final Map<String, Timer> waits = new ConcurrentHashMap<>();

	/**
	 * Create a listener.
	 * @param registry the registry to publish to
	 */
	public MicrometerRateLimiterListener(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void bucketCreated(String table, CapacityKind kind, DoubleSupplier rate) {
		Gauge.builder("dynamodb.ratelimit.rate", rate::getAsDouble)
			.description("Current rate of the client-side limiter, in capacity units per second")
			.tag("table", table)
			.tag("capacity", kind.tag())
			.register(this.registry);
	}

	@Override
	public void waited(String table, long nanos) {
		Timer timer = this.waits.get(table);
		if (timer == null) {
			timer = this.waits.computeIfAbsent(table,
					(key) -> Timer.builder("dynamodb.ratelimit.wait")
						.description("Time calls waited for capacity of the client-side limiter")
						.tag("table", table)
						.register(this.registry));
		}
		timer.record(nanos, TimeUnit.NANOSECONDS);
	}

	@Override
	public void rejected(String table, CapacityKind kind) {
		Counter.builder("dynamodb.ratelimit.rejected")
			.description("Calls rejected because they would have waited longer than dynamo.rate-limit.max-wait")
			.tag("table", table)
			.tag("capacity", kind.tag())
			.register(this.registry)
			.increment();
	}

}
