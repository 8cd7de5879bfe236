/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * {@link Observation.Context} of one DynamoDB request (all its attempts).
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoRequestObservationContext extends Observation.Context {

	private final String operation;

	private final String table;

	private @Nullable Double consumedCapacity;

	private @Nullable String requestId;

	private @Nullable String errorCode;

	/**
	 * Create a context.
	 * @param operation the DynamoDB operation, such as {@code PutItem}
	 * @param table the table tag, see {@link DynamoRequests#tableTag}
	 */
	public DynamoRequestObservationContext(String operation, String table) {
		this.operation = operation;
		this.table = table;
	}

	/**
	 * Return the DynamoDB operation name.
	 * @return the operation, such as {@code PutItem}
	 */
	public String getOperation() {
		return this.operation;
	}

	/**
	 * Return the table the request targets.
	 * @return the table name, {@code none} or {@code multiple}
	 */
	public String getTable() {
		return this.table;
	}

	/**
	 * Return the capacity units DynamoDB reported, all tables and indexes together.
	 * @return the units, or {@code null} when none were reported
	 */
	public @Nullable Double getConsumedCapacity() {
		return this.consumedCapacity;
	}

	/**
	 * Set the consumed capacity units.
	 * @param consumedCapacity the units
	 */
	public void setConsumedCapacity(@Nullable Double consumedCapacity) {
		this.consumedCapacity = consumedCapacity;
	}

	/**
	 * Return the AWS request id of the last attempt.
	 * @return the request id, or {@code null}
	 */
	public @Nullable String getRequestId() {
		return this.requestId;
	}

	/**
	 * Set the AWS request id.
	 * @param requestId the request id
	 */
	public void setRequestId(@Nullable String requestId) {
		this.requestId = requestId;
	}

	/**
	 * Return the error code of a failed request.
	 * @return the error code, or {@code null} when the request succeeded
	 */
	public @Nullable String getErrorCode() {
		return this.errorCode;
	}

	/**
	 * Set the error code.
	 * @param errorCode the error code
	 */
	public void setErrorCode(@Nullable String errorCode) {
		this.errorCode = errorCode;
	}

}
