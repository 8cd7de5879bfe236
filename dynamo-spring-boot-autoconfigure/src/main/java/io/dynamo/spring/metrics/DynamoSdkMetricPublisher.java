/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.http.HttpMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.metrics.SdkMetric;

/**
 * Publishes the AWS SDK's own per-call metrics to Micrometer:
 * {@code dynamodb.sdk.attempts} (attempts per call), {@code dynamodb.sdk.service.call}
 * (time of each attempt on the wire) and the HTTP pool's
 * {@code dynamodb.sdk.http.connections.leased}, {@code .pending} and {@code .max} gauges
 * (the values the last call saw), tagged by operation or HTTP client.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoSdkMetricPublisher implements MetricPublisher {

	private final MeterRegistry registry;

	private final Map<String, AtomicInteger> gauges = new ConcurrentHashMap<>();

	/**
	 * Create a publisher.
	 * @param registry the registry to publish to
	 */
	public DynamoSdkMetricPublisher(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void publish(MetricCollection call) {
		String operation = first(call, CoreMetric.OPERATION_NAME);
		String operationTag = (operation != null) ? operation : "unknown";
		Integer retries = first(call, CoreMetric.RETRY_COUNT);
		if (retries != null) {
			DistributionSummary.builder("dynamodb.sdk.attempts")
				.description("Attempts the SDK made per call")
				.tag("operation", operationTag)
				.register(this.registry)
				.record(retries + 1);
		}
		for (MetricCollection attempt : call.children()) {
			Duration serviceCall = first(attempt, CoreMetric.SERVICE_CALL_DURATION);
			if (serviceCall != null) {
				Timer.builder("dynamodb.sdk.service.call")
					.description("Time of one attempt on the wire, as the SDK measured it")
					.tag("operation", operationTag)
					.register(this.registry)
					.record(serviceCall);
			}
			for (MetricCollection http : attempt.children()) {
				String client = first(http, HttpMetric.HTTP_CLIENT_NAME);
				String clientTag = (client != null) ? client : "unknown";
				gauge("dynamodb.sdk.http.connections.leased", clientTag, first(http, HttpMetric.LEASED_CONCURRENCY));
				gauge("dynamodb.sdk.http.connections.pending", clientTag,
						first(http, HttpMetric.PENDING_CONCURRENCY_ACQUIRES));
				gauge("dynamodb.sdk.http.connections.max", clientTag, first(http, HttpMetric.MAX_CONCURRENCY));
			}
		}
	}

	private void gauge(String name, String client, @Nullable Integer value) {
		if (value == null) {
			return;
		}
		this.gauges.computeIfAbsent(name + '|' + client, (key) -> {
			AtomicInteger holder = new AtomicInteger();
			Gauge.builder(name, holder, AtomicInteger::get)
				.description("HTTP connections of the DynamoDB client, as of its last call")
				.tag("client", client)
				.register(this.registry);
			return holder;
		}).set(value);
	}

	private static <T> @Nullable T first(MetricCollection collection, SdkMetric<T> metric) {
		List<T> values = collection.metricValues(metric);
		return values.isEmpty() ? null : values.get(0);
	}

	@Override
	public void close() {
	}

}
