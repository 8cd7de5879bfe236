/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item as it was stored when a conditional write failed, returned by DynamoDB with
 * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}.
 *
 * @param attributes the stored attributes, empty when no item existed
 * @param entity the stored item mapped to the entity type, or {@code null} when no item
 * existed
 * @author dynamo-spring-boot authors
 */
public record ExistingItem(Map<String, AttributeValue> attributes, @Nullable Object entity) {

	/**
	 * No stored item.
	 */
	public static final ExistingItem NONE = new ExistingItem(Map.of(), null);

	/**
	 * Whether an item was stored.
	 * @return {@code true} when the key held an item
	 */
	public boolean exists() {
		return !this.attributes.isEmpty();
	}

}
