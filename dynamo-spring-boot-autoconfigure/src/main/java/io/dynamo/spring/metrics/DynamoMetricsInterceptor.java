/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * SDK {@link ExecutionInterceptor} that measures every DynamoDB request of the client it
 * is added to, whichever API issued it (template, repositories, batch, transactions,
 * enhanced or raw clients):
 * <ul>
 * <li>asks for {@code ReturnConsumedCapacity=INDEXES} unless the caller chose a value,
 * and records {@code dynamodb.capacity.consumed} per table, index and read/write;</li>
 * <li>{@code dynamodb.requests} (timer: table, operation, outcome, error code),
 * {@code dynamodb.throttles} (every throttled attempt, with DynamoDB's reason),
 * {@code dynamodb.retries} and {@code dynamodb.items};</li>
 * <li>one {@link Observation} per request, see
 * {@link DefaultDynamoRequestObservationConvention}.</li>
 * </ul>
 * Tag values are bounded: table, index and operation names, error codes and throttling
 * reasons, never keys or item values.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoMetricsInterceptor implements ExecutionInterceptor {

	private static final ExecutionAttribute<Execution> EXECUTION = new ExecutionAttribute<>(
			"io.dynamo.spring.metrics.Execution");

	private static final DefaultDynamoRequestObservationConvention DEFAULT_CONVENTION = new DefaultDynamoRequestObservationConvention();

	private static final int MAX_KNOWN_TABLES = 1000;

	private final MeterRegistry meterRegistry;

	private final ObservationRegistry observationRegistry;

	private final @Nullable DynamoRequestObservationConvention convention;

	private final Set<String> knownTables = ConcurrentHashMap.newKeySet();

	/**
	 * Create an interceptor that records meters and, when the observation registry is not
	 * a no-op, observations.
	 * @param meterRegistry the registry of the meters
	 * @param observationRegistry the registry of the observations
	 * @param convention a custom convention, or {@code null} for the default one
	 */
	public DynamoMetricsInterceptor(MeterRegistry meterRegistry, ObservationRegistry observationRegistry,
			@Nullable DynamoRequestObservationConvention convention) {
		this.meterRegistry = meterRegistry;
		this.observationRegistry = observationRegistry;
		this.convention = convention;
	}

	/**
	 * Return the tables this interceptor has seen requests for.
	 * @return the table names (at most 1,000)
	 */
	public Set<String> knownTables() {
		return Set.copyOf(this.knownTables);
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
		String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
		String table = DynamoRequests.tableTag(context.request());
		if (this.knownTables.size() < MAX_KNOWN_TABLES && !DynamoRequests.NO_TABLE.equals(table)
				&& !DynamoRequests.MULTIPLE_TABLES.equals(table)) {
			this.knownTables.add(table);
		}
		DynamoRequestObservationContext observationContext = new DynamoRequestObservationContext(
				(operation != null) ? operation : "unknown", table);
		Observation observation = Observation
			.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> observationContext, this.observationRegistry)
			.start();
		attributes.putAttribute(EXECUTION, new Execution(observationContext, observation, System.nanoTime()));
	}

	@Override
	public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
		return DynamoRequests.withConsumedCapacity(context.request());
	}

	@Override
	public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
		Execution execution = attributes.getAttribute(EXECUTION);
		if (execution != null) {
			execution.attempts.incrementAndGet();
		}
	}

	@Override
	public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
			ExecutionAttributes attributes) {
		Optional<InputStream> body = context.responseBody();
		Execution execution = attributes.getAttribute(EXECUTION);
		if (execution == null || context.httpResponse().statusCode() < 400 || body.isEmpty()) {
			return body;
		}
		return Optional.of(DynamoErrorResponse.capture(body.get(), (error) -> attemptFailed(execution, error)));
	}

	@Override
	public Optional<Publisher<ByteBuffer>> modifyAsyncHttpResponseContent(Context.ModifyHttpResponse context,
			ExecutionAttributes attributes) {
		Optional<Publisher<ByteBuffer>> body = context.responsePublisher();
		Execution execution = attributes.getAttribute(EXECUTION);
		if (execution == null || context.httpResponse().statusCode() < 400 || body.isEmpty()) {
			return body;
		}
		return Optional.of(DynamoErrorResponse.capture(body.get(), (error) -> attemptFailed(execution, error)));
	}

	private void attemptFailed(Execution execution, DynamoErrorResponse error) {
		if (error.isThrottling()) {
			DynamoRequestObservationContext context = execution.context;
			Counter.builder("dynamodb.throttles")
				.description("Attempts DynamoDB throttled, retried or not")
				.tag("table", context.getTable())
				.tag("operation", context.getOperation())
				.tag("reason", (error.reason() != null) ? error.reason() : error.code())
				.register(this.meterRegistry)
				.increment();
		}
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
		Execution execution = attributes.getAttribute(EXECUTION);
		if (execution == null) {
			return;
		}
		DynamoRequestObservationContext observationContext = execution.context;
		SdkResponse response = context.response();
		CapacityKind kind = DynamoRequests.kind(context.request());
		double total = 0;
		boolean reported = false;
		for (ConsumedCapacity capacity : DynamoRequests.consumedCapacity(response)) {
			reported = true;
			total += (capacity.capacityUnits() != null) ? capacity.capacityUnits() : 0;
			recordCapacity(capacity, observationContext, kind);
		}
		int items = DynamoRequests.items(context.request(), response);
		if (items >= 0) {
			DistributionSummary.builder("dynamodb.items")
				.description("Items returned (reads) or written (writes) per request")
				.tag("table", observationContext.getTable())
				.tag("operation", observationContext.getOperation())
				.register(this.meterRegistry)
				.record(items);
		}
		if (reported) {
			observationContext.setConsumedCapacity(total);
		}
		if (response instanceof DynamoDbResponse dynamoResponse) {
			observationContext.setRequestId(dynamoResponse.responseMetadata().requestId());
		}
		complete(execution, "SUCCESS", "none");
	}

	@Override
	public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
		Execution execution = attributes.getAttribute(EXECUTION);
		if (execution == null) {
			return;
		}
		Throwable failure = context.exception();
		String outcome;
		String errorCode;
		if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorCode() != null) {
			errorCode = service.awsErrorDetails().errorCode();
			outcome = (service.statusCode() >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
			execution.context.setRequestId(service.requestId());
		}
		else {
			errorCode = failure.getClass().getSimpleName();
			outcome = "UNKNOWN";
		}
		execution.context.setErrorCode(errorCode);
		execution.observation.error(failure);
		complete(execution, outcome, errorCode);
	}

	private void complete(Execution execution, String outcome, String errorCode) {
		DynamoRequestObservationContext context = execution.context;
		Timer.builder("dynamodb.requests")
			.description("DynamoDB requests, all attempts included")
			.tag("table", context.getTable())
			.tag("operation", context.getOperation())
			.tag("outcome", outcome)
			.tag("error.code", errorCode)
			.register(this.meterRegistry)
			.record(System.nanoTime() - execution.startNanos, TimeUnit.NANOSECONDS);
		int retries = execution.attempts.get() - 1;
		if (retries > 0) {
			Counter.builder("dynamodb.retries")
				.description("Attempts after the first one")
				.tag("table", context.getTable())
				.tag("operation", context.getOperation())
				.register(this.meterRegistry)
				.increment(retries);
		}
		execution.observation.stop();
	}

	private void recordCapacity(ConsumedCapacity capacity, DynamoRequestObservationContext context,
			@Nullable CapacityKind kind) {
		String table = (capacity.tableName() != null) ? capacity.tableName() : context.getTable();
		boolean byIndex = capacity.table() != null || capacity.hasGlobalSecondaryIndexes()
				|| capacity.hasLocalSecondaryIndexes();
		if (!byIndex) {
			record(table, "total", context.getOperation(), kind, capacity.readCapacityUnits(),
					capacity.writeCapacityUnits(), capacity.capacityUnits());
			return;
		}
		recordIndex(table, "table", context.getOperation(), kind, capacity.table());
		for (Map.Entry<String, Capacity> index : capacity.globalSecondaryIndexes().entrySet()) {
			recordIndex(table, index.getKey(), context.getOperation(), kind, index.getValue());
		}
		for (Map.Entry<String, Capacity> index : capacity.localSecondaryIndexes().entrySet()) {
			recordIndex(table, index.getKey(), context.getOperation(), kind, index.getValue());
		}
	}

	private void recordIndex(String table, String index, String operation, @Nullable CapacityKind kind,
			@Nullable Capacity capacity) {
		if (capacity != null) {
			record(table, index, operation, kind, capacity.readCapacityUnits(), capacity.writeCapacityUnits(),
					capacity.capacityUnits());
		}
	}

	private void record(String table, String index, String operation, @Nullable CapacityKind kind,
			@Nullable Double read, @Nullable Double write, @Nullable Double units) {
		if (read != null || write != null) {
			add(table, index, operation, CapacityKind.READ, read);
			add(table, index, operation, CapacityKind.WRITE, write);
		}
		else if (units != null) {
			add(table, index, operation, (kind != null) ? kind : CapacityKind.READ, units);
		}
	}

	private void add(String table, String index, String operation, CapacityKind kind, @Nullable Double units) {
		if (units == null || units <= 0) {
			return;
		}
		Counter.builder("dynamodb.capacity.consumed")
			.description("Capacity units DynamoDB reported as consumed")
			.baseUnit("units")
			.tag("table", table)
			.tag("index", index)
			.tag("operation", operation)
			.tag("capacity", kind.tag())
			.register(this.meterRegistry)
			.increment(units);
	}

	private static final class Execution {

		private final DynamoRequestObservationContext context;

		private final Observation observation;

		private final long startNanos;

		private final AtomicInteger attempts = new AtomicInteger();

		Execution(DynamoRequestObservationContext context, Observation observation, long startNanos) {
			this.context = context;
			this.observation = observation;
			this.startNanos = startNanos;
		}

	}

}
