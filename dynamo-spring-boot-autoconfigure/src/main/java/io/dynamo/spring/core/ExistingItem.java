/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The item as it was stored when a conditional write failed, returned by DynamoDB with
 * {@code ReturnValuesOnConditionCheckFailure=ALL_OLD}.
 *
 * @param attributes the stored attributes, empty when no item existed
 * @param entity the stored item mapped to the entity type of the write, or {@code null}
 * when no item existed or the stored item could not be mapped to it (in single-table
 * design the key may hold an item of another type); {@link #entity(Class)} returns it
 * typed
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

	/**
	 * Return the stored item as the given entity type, without a cast.
	 * @param <T> the entity type
	 * @param type the entity class of the write that failed (or a supertype of it)
	 * @return the stored entity, or empty when no item existed or it is not of that type
	 */
	public <T> Optional<T> entity(Class<T> type) {
		return type.isInstance(this.entity) ? Optional.of(type.cast(this.entity)) : Optional.empty();
	}

}
