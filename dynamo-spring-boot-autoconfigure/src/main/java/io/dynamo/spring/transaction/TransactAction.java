/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import io.dynamo.spring.core.KeyDescriptions;
import io.dynamo.spring.mapping.EntityMetadata;

/**
 * One action of a transaction as the caller wrote it: what it does, to which item of
 * which entity. Cancellation reasons are reported against it.
 *
 * @author dynamo-spring-boot authors
 */
interface TransactAction {

	/**
	 * The action: {@code Put}, {@code Update}, {@code Delete}, {@code ConditionCheck} or
	 * {@code Get}.
	 * @return the operation
	 */
	String operation();

	EntityMetadata<?> entity();

	Map<String, AttributeValue> key();

	@Nullable ConditionFailureMapper onConditionFailure();

	default String describe() {
		return operation() + " " + entity().entityName() + " " + KeyDescriptions.describe(key()) + " on table '"
				+ entity().tableName() + "'";
	}

}
