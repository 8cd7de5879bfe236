/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * A parsed condition (a {@code ConditionExpression}, a {@code FilterExpression}, or a
 * legacy {@code Expected}, {@code QueryFilter} or {@code ScanFilter}), immutable and safe
 * to evaluate from many threads.
 */
@FunctionalInterface
public interface Condition {

	/** A condition that every item meets. */
	Condition ALWAYS = (item) -> true;

	/**
	 * Evaluates the condition.
	 * @param item the item's attributes; an empty map for a missing item
	 */
	boolean test(Map<String, AttributeValue> item);

	/**
	 * The document paths the condition reads, in order (for the callers' checks on key
	 * attributes); empty when unknown.
	 */
	default List<AttributePath> paths() {
		return List.of();
	}

	/** Both conditions. */
	default Condition and(Condition other) {
		return (item) -> test(item) && other.test(item);
	}

	/** Either condition. */
	default Condition or(Condition other) {
		return (item) -> test(item) || other.test(item);
	}

	/** The negation. */
	default Condition negate() {
		return (item) -> !test(item);
	}

}
