/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;

/**
 * The meters of one table and operation, registered once and kept: a request then records
 * into meters it already holds instead of building and registering (tags sorted, hashed
 * and looked up) each one again. Meters of rare outcomes (errors, retries, throttles) are
 * registered the first time they happen.
 *
 * @author dynamo-spring-boot authors
 */
final class RequestMeters {

	private final MeterRegistry registry;

	private final String table;

	private final String operation;

	private final Timer success;

	private final Map<String, Timer> failures = new ConcurrentHashMap<>();

	private final Map<String, Counter> throttles = new ConcurrentHashMap<>();

	// capacity by the table DynamoDB reported (a batch names several), then by index
	private final Map<String, Map<String, AtomicReferenceArray<Counter>>> capacity = new ConcurrentHashMap<>();

	private volatile @Nullable DistributionSummary items;

	private volatile @Nullable Counter retries;

	RequestMeters(MeterRegistry registry, String table, String operation) {
		this.registry = registry;
		this.table = table;
		this.operation = operation;
		this.success = timer("SUCCESS", "none");
	}

	String table() {
		return this.table;
	}

	String operation() {
		return this.operation;
	}

	Timer success() {
		return this.success;
	}

	Timer failure(String outcome, String errorCode) {
		return this.failures.computeIfAbsent(outcome + ' ' + errorCode, (key) -> timer(outcome, errorCode));
	}

	private Timer timer(String outcome, String errorCode) {
		return Timer.builder("dynamodb.requests")
			.description("DynamoDB requests, all attempts included")
			.tag("table", this.table)
			.tag("operation", this.operation)
			.tag("outcome", outcome)
			.tag("error.code", errorCode)
			.register(this.registry);
	}

	DistributionSummary items() {
		DistributionSummary items = this.items;
		if (items == null) {
			items = DistributionSummary.builder("dynamodb.items")
				.description("Items returned (reads) or written (writes) per request")
				.tag("table", this.table)
				.tag("operation", this.operation)
				.register(this.registry);
			this.items = items;
		}
		return items;
	}

	Counter retries() {
		Counter retries = this.retries;
		if (retries == null) {
			retries = Counter.builder("dynamodb.retries")
				.description("Attempts after the first one")
				.tag("table", this.table)
				.tag("operation", this.operation)
				.register(this.registry);
			this.retries = retries;
		}
		return retries;
	}

	Counter throttled(String reason) {
		return this.throttles.computeIfAbsent(reason,
				(key) -> Counter.builder("dynamodb.throttles")
					.description("Attempts DynamoDB throttled, retried or not")
					.tag("table", this.table)
					.tag("operation", this.operation)
					.tag("reason", reason)
					.register(this.registry));
	}

	Counter capacity(String table, String index, CapacityKind kind) {
		Map<String, AtomicReferenceArray<Counter>> byIndex = this.capacity.get(table);
		if (byIndex == null) {
			byIndex = this.capacity.computeIfAbsent(table, (key) -> new ConcurrentHashMap<>());
		}
		AtomicReferenceArray<Counter> byKind = byIndex.get(index);
		if (byKind == null) {
			byKind = byIndex.computeIfAbsent(index, (key) -> new AtomicReferenceArray<>(CapacityKind.values().length));
		}
		Counter counter = byKind.get(kind.ordinal());
		if (counter == null) {
			// registering twice is harmless: the registry returns the same meter
			counter = Counter.builder("dynamodb.capacity.consumed")
				.description("Capacity units DynamoDB reported as consumed")
				.baseUnit("units")
				.tag("table", table)
				.tag("index", index)
				.tag("operation", this.operation)
				.tag("capacity", kind.tag())
				.register(this.registry);
			byKind.set(kind.ordinal(), counter);
		}
		return counter;
	}

}
