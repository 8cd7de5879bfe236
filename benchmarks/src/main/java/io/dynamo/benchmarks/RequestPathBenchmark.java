/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.dynamo.spring.metrics.DynamoRequests;
import io.dynamo.spring.ratelimit.AdaptiveTuning;
import io.dynamo.spring.ratelimit.CapacityLimit;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import io.dynamo.spring.ratelimit.RateLimiterListener;
import io.dynamo.spring.ratelimit.TableLimits;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * JMH: what the metrics and the limiter add to the request path, per call, without any
 * I/O: asking for the consumed capacity (one request copy) and a limiter acquire plus
 * settlement on a bucket that never makes the caller wait.
 *
 * @author dynamo-spring-boot authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RequestPathBenchmark {

	private final PutItemRequest put = PutItemRequest.builder()
		.tableName("orders")
		.item(Map.of("pk", AttributeValue.fromS("customer#000042"), "sk", AttributeValue.fromS("order#2026-11-21"),
				"total", AttributeValue.fromN("42.50"), "note", AttributeValue.fromS("x".repeat(900))))
		.build();

	private final PutItemResponse response = PutItemResponse.builder()
		.consumedCapacity(ConsumedCapacity.builder().tableName("orders").capacityUnits(1.0).build())
		.build();

	private CapacityRateLimiter limiter;

	/**
	 * Create a limiter whose bucket never makes a call wait.
	 */
	@Setup
	public void setUp() {
		this.limiter = new CapacityRateLimiter(
				(table) -> new TableLimits(null, CapacityLimit.fixed(CapacityLimit.MAX_RATE, Duration.ofSeconds(1))),
				Duration.ofSeconds(1), AdaptiveTuning.DEFAULTS, RateLimiterListener.NONE);
	}

	/**
	 * Stop the limiter's scheduler.
	 */
	@TearDown
	public void tearDown() {
		this.limiter.close();
	}

	/**
	 * Copy a request with {@code ReturnConsumedCapacity=INDEXES}.
	 * @return the copy
	 */
	@Benchmark
	public SdkRequest askForConsumedCapacity() {
		return DynamoRequests.withConsumedCapacity(this.put);
	}

	/**
	 * Take and settle the capacity of one put.
	 * @return the permit
	 */
	@Benchmark
	public CapacityRateLimiter.Permit acquireAndSettle() {
		CapacityRateLimiter.Permit permit = this.limiter.acquire(this.put);
		permit.settle(this.response);
		return permit;
	}

}
