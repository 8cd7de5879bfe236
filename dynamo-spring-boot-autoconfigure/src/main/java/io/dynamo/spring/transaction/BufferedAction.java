/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import io.dynamo.spring.mapping.EntityMetadata;

/**
 * A write held by a {@link TransactionBuffer} until commit.
 *
 * @param operation the action's name
 * @param entity the entity written
 * @param key the item's key
 * @param item the action as DynamoDB takes it
 * @param onConditionFailure the mapper of a failed condition, or {@code null}
 * @author dynamo-spring-boot authors
 */
record BufferedAction(String operation, EntityMetadata<?> entity, Map<String, AttributeValue> key,
		TransactWriteItem item, @Nullable ConditionFailureMapper onConditionFailure) implements TransactAction {

}
