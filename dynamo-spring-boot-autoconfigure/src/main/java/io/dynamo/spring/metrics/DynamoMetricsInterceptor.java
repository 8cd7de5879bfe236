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
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.Capacity;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;

/**
 * SDK {@link ExecutionInterceptor} that measures every DynamoDB request of the client it
 * is added to, whichever API issued it (template, repositories, batch, transactions,
 * enhanced or raw clients):
 * <ul>
 * <li>asks for {@code ReturnConsumedCapacity=INDEXES} unless the caller chose a value (or
 * unless created with {@code consumedCapacity} {@code false}), and records
 * {@code dynamodb.capacity.consumed} per table, index and read/write;</li>
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
public class DynamoMetricsInterceptor implements ConsumedCapacityInterceptor {

	private static final ExecutionAttribute<Execution> EXECUTION = new ExecutionAttribute<>(
			"io.dynamo.spring.metrics.Execution");

	private static final DefaultDynamoRequestObservationConvention DEFAULT_CONVENTION = new DefaultDynamoRequestObservationConvention();

	private static final int MAX_KNOWN_TABLES = 1000;

	private final MeterRegistry meterRegistry;

	private final ObservationRegistry observationRegistry;

	private final @Nullable DynamoRequestObservationConvention convention;

	private final boolean consumedCapacity;

	private final Set<String> knownTables = ConcurrentHashMap.newKeySet();

	// by operation, then by table: two lookups of strings whose hashes are cached, no key
	// object built per request
	private final Map<String, Map<String, RequestMeters>> meters = new ConcurrentHashMap<>();

	/**
	 * Create an interceptor that records meters and, when the observation registry is not
	 * a no-op, observations.
	 * @param meterRegistry the registry of the meters
	 * @param observationRegistry the registry of the observations
	 * @param convention a custom convention, or {@code null} for the default one
	 */
	public DynamoMetricsInterceptor(MeterRegistry meterRegistry, ObservationRegistry observationRegistry,
			@Nullable DynamoRequestObservationConvention convention) {
		this(meterRegistry, observationRegistry, convention, true);
	}

	/**
	 * Create an interceptor that records meters and, when the observation registry is not
	 * a no-op, observations.
	 * @param meterRegistry the registry of the meters
	 * @param observationRegistry the registry of the observations
	 * @param convention a custom convention, or {@code null} for the default one
	 * @param consumedCapacity whether to ask for the consumed capacity of every request
	 * ({@code dynamo.metrics.consumed-capacity}); without it,
	 * {@code dynamodb.capacity.consumed} records only what requests that ask for it
	 * themselves get back
	 */
	public DynamoMetricsInterceptor(MeterRegistry meterRegistry, ObservationRegistry observationRegistry,
			@Nullable DynamoRequestObservationConvention convention, boolean consumedCapacity) {
		this.meterRegistry = meterRegistry;
		this.observationRegistry = observationRegistry;
		this.convention = convention;
		this.consumedCapacity = consumedCapacity;
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
		RequestMeters meters = meters(table, (operation != null) ? operation : "unknown");
		DynamoRequestObservationContext observationContext = null;
		Observation observation = null;
		if (!this.observationRegistry.isNoop()) {
			DynamoRequestObservationContext newContext = new DynamoRequestObservationContext(meters.operation(), table);
			observation = Observation
				.createNotStarted(this.convention, DEFAULT_CONVENTION, () -> newContext, this.observationRegistry)
				.start();
			observationContext = newContext;
		}
		attributes.putAttribute(EXECUTION, new Execution(meters, observationContext, observation, System.nanoTime()));
	}

	private RequestMeters meters(String table, String operation) {
		Map<String, RequestMeters> byTable = this.meters.get(operation);
		if (byTable == null) {
			byTable = this.meters.computeIfAbsent(operation, (key) -> new ConcurrentHashMap<>());
		}
		RequestMeters found = byTable.get(table);
		if (found == null) {
			found = byTable.computeIfAbsent(table, (key) -> {
				// a table seen for the first time (with this operation)
				if (this.knownTables.size() < MAX_KNOWN_TABLES && !DynamoRequests.NO_TABLE.equals(table)
						&& !DynamoRequests.MULTIPLE_TABLES.equals(table)) {
					this.knownTables.add(table);
				}
				return new RequestMeters(this.meterRegistry, table, operation);
			});
		}
		return found;
	}

	@Override
	public boolean asksForConsumedCapacity() {
		return this.consumedCapacity;
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
			execution.meters.throttled((error.reason() != null) ? error.reason() : error.code()).increment();
		}
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
		Execution execution = attributes.getAttribute(EXECUTION);
		if (execution == null) {
			return;
		}
		SdkResponse response = context.response();
		CapacityKind kind = DynamoRequests.kind(context.request());
		double total = 0;
		boolean reported = false;
		for (ConsumedCapacity capacity : DynamoRequests.consumedCapacity(response)) {
			reported = true;
			total += (capacity.capacityUnits() != null) ? capacity.capacityUnits() : 0;
			recordCapacity(capacity, execution.meters, kind);
		}
		int items = DynamoRequests.items(context.request(), response);
		if (items >= 0) {
			execution.meters.items().record(items);
		}
		DynamoRequestObservationContext observationContext = execution.context;
		if (observationContext != null) {
			if (reported) {
				observationContext.setConsumedCapacity(total);
			}
			if (response instanceof DynamoDbResponse dynamoResponse) {
				observationContext.setRequestId(dynamoResponse.responseMetadata().requestId());
			}
		}
		complete(execution, execution.meters.success());
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
		String requestId = null;
		if (failure instanceof AwsServiceException service && service.awsErrorDetails() != null
				&& service.awsErrorDetails().errorCode() != null) {
			errorCode = service.awsErrorDetails().errorCode();
			outcome = (service.statusCode() >= 500) ? "SERVER_ERROR" : "CLIENT_ERROR";
			requestId = service.requestId();
		}
		else {
			errorCode = failure.getClass().getSimpleName();
			outcome = "UNKNOWN";
		}
		if (execution.context != null) {
			execution.context.setRequestId(requestId);
			execution.context.setErrorCode(errorCode);
		}
		if (execution.observation != null) {
			execution.observation.error(failure);
		}
		complete(execution, execution.meters.failure(outcome, errorCode));
	}

	private void complete(Execution execution, Timer timer) {
		timer.record(System.nanoTime() - execution.startNanos, TimeUnit.NANOSECONDS);
		int retries = execution.attempts.get() - 1;
		if (retries > 0) {
			execution.meters.retries().increment(retries);
		}
		if (execution.observation != null) {
			execution.observation.stop();
		}
	}

	private void recordCapacity(ConsumedCapacity capacity, RequestMeters meters, @Nullable CapacityKind kind) {
		String table = (capacity.tableName() != null) ? capacity.tableName() : meters.table();
		boolean byIndex = capacity.table() != null || capacity.hasGlobalSecondaryIndexes()
				|| capacity.hasLocalSecondaryIndexes();
		if (!byIndex) {
			record(meters, table, "total", kind, capacity.readCapacityUnits(), capacity.writeCapacityUnits(),
					capacity.capacityUnits());
			return;
		}
		recordIndex(meters, table, "table", kind, capacity.table());
		for (Map.Entry<String, Capacity> index : capacity.globalSecondaryIndexes().entrySet()) {
			recordIndex(meters, table, index.getKey(), kind, index.getValue());
		}
		for (Map.Entry<String, Capacity> index : capacity.localSecondaryIndexes().entrySet()) {
			recordIndex(meters, table, index.getKey(), kind, index.getValue());
		}
	}

	private void recordIndex(RequestMeters meters, String table, String index, @Nullable CapacityKind kind,
			@Nullable Capacity capacity) {
		if (capacity != null) {
			record(meters, table, index, kind, capacity.readCapacityUnits(), capacity.writeCapacityUnits(),
					capacity.capacityUnits());
		}
	}

	private void record(RequestMeters meters, String table, String index, @Nullable CapacityKind kind,
			@Nullable Double read, @Nullable Double write, @Nullable Double units) {
		if (read != null || write != null) {
			add(meters, table, index, CapacityKind.READ, read);
			add(meters, table, index, CapacityKind.WRITE, write);
		}
		else if (units != null) {
			add(meters, table, index, (kind != null) ? kind : CapacityKind.READ, units);
		}
	}

	private void add(RequestMeters meters, String table, String index, CapacityKind kind, @Nullable Double units) {
		if (units != null && units > 0) {
			meters.capacity(table, index, kind).increment(units);
		}
	}

	private static final class Execution {

		private final RequestMeters meters;

		private final @Nullable DynamoRequestObservationContext context;

		private final @Nullable Observation observation;

		private final long startNanos;

		private final AtomicInteger attempts = new AtomicInteger();

		Execution(RequestMeters meters, @Nullable DynamoRequestObservationContext context,
				@Nullable Observation observation, long startNanos) {
			this.meters = meters;
			this.context = context;
			this.observation = observation;
			this.startNanos = startNanos;
		}

	}

}
