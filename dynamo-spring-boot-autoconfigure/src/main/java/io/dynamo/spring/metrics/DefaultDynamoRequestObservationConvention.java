/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

/**
 * Default {@link DynamoRequestObservationConvention}, after OpenTelemetry's semantic
 * conventions for database client spans and for DynamoDB: span name {@code "<operation>
 *
<table>
 * "}, {@code db.system.name=aws.dynamodb}, {@code db.operation.name},
 * {@code db.collection.name}, {@code error.type}, and (high cardinality, on spans only)
 * {@code aws.request_id} and {@code aws.dynamodb.consumed_capacity}.
 *
 * @author dynamo-spring-boot authors
 */
public class DefaultDynamoRequestObservationConvention implements DynamoRequestObservationConvention {

	/**
	 * Name of the observation, and of the timer Micrometer's default meter handler
	 * derives from it.
	 */
	public static final String NAME = "dynamodb.client.operation";

	private static final String SYSTEM = "aws.dynamodb";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(DynamoRequestObservationContext context) {
		return DynamoRequests.NO_TABLE.equals(context.getTable()) ? context.getOperation()
				: context.getOperation() + " " + context.getTable();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(DynamoRequestObservationContext context) {
		String error = (context.getErrorCode() != null) ? context.getErrorCode() : "none";
		return KeyValues.of(KeyValue.of("db.system.name", SYSTEM), KeyValue.of("db.system", SYSTEM),
				KeyValue.of("db.operation.name", context.getOperation()),
				KeyValue.of("db.collection.name", context.getTable()), KeyValue.of("error.type", error));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(DynamoRequestObservationContext context) {
		KeyValues values = KeyValues.empty();
		if (context.getRequestId() != null) {
			values = values.and("aws.request_id", context.getRequestId());
		}
		if (context.getConsumedCapacity() != null) {
			values = values.and("aws.dynamodb.consumed_capacity", Double.toString(context.getConsumedCapacity()));
		}
		return values;
	}

}
