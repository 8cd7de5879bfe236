/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What an update returned, as DynamoDB's attributes and, when they make a whole item, as
 * the entity.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public final class UpdateResult<T> {

	private final Map<String, AttributeValue> attributes;

	private final Function<Map<String, AttributeValue>, T> mapper;

	UpdateResult(Map<String, AttributeValue> attributes, Function<Map<String, AttributeValue>, T> mapper) {
		this.attributes = attributes;
		this.mapper = mapper;
	}

	/**
	 * Return the attributes DynamoDB returned (all, or only the updated ones for
	 * {@code UPDATED_OLD}/{@code UPDATED_NEW}).
	 * @return the attributes, empty for {@code NONE}
	 */
	public Map<String, AttributeValue> attributes() {
		return this.attributes;
	}

	/**
	 * Return the returned attributes mapped to the entity; meaningful for {@code ALL_NEW}
	 * and {@code ALL_OLD}.
	 * @return the entity, or empty when nothing was returned
	 */
	public Optional<T> entity() {
		return this.attributes.isEmpty() ? Optional.empty() : Optional.of(this.mapper.apply(this.attributes));
	}

}
