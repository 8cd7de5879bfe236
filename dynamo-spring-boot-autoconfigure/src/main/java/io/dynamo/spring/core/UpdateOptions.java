/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;

import io.dynamo.spring.expression.Condition;

/**
 * How to apply an update: under a condition, and which attributes to return.
 *
 * @param condition the condition the stored item must meet, or {@code null}
 * @param returnValues what to return: {@code NONE}, {@code ALL_OLD}, {@code UPDATED_OLD},
 * {@code ALL_NEW} (the default) or {@code UPDATED_NEW}
 * @author dynamo-spring-boot authors
 */
public record UpdateOptions(@Nullable Condition condition, ReturnValue returnValues) {

	/**
	 * No condition, the whole item after the update returned.
	 */
	public static final UpdateOptions DEFAULT = new UpdateOptions(null, ReturnValue.ALL_NEW);

	/**
	 * Apply the update only when the condition holds.
	 * @param condition the condition
	 * @return the options
	 */
	public static UpdateOptions when(Condition condition) {
		return new UpdateOptions(condition, ReturnValue.ALL_NEW);
	}

	/**
	 * These options with the given return values.
	 * @param returnValues what to return
	 * @return new options
	 */
	public UpdateOptions returning(ReturnValue returnValues) {
		return new UpdateOptions(this.condition, returnValues);
	}

}
