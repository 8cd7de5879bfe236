/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.List;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.ValueOrder;

/**
 * The condition of a query on its sort key, with the bounds of the key range it selects
 * so that storage can seek to the range instead of reading the whole partition. The keys
 * that meet a condition are contiguous in key order (for {@code BEGINS_WITH} too):
 * storage reads from {@link #lower()} (or the partition's start) and stops at the first
 * key past {@link #upper()} or, for {@code BEGINS_WITH}, the first key that fails
 * {@link #test}.
 *
 * @param attributeName the sort key attribute
 * @param operator the comparison
 * @param values one operand, or the lower and upper bound of {@code BETWEEN}
 */
public record SortKeyCondition(String attributeName, Operator operator, List<AttributeValue> values) {

	/** The comparisons DynamoDB allows on a sort key. */
	public enum Operator {

		EQ, LT, LE, GT, GE, BETWEEN, BEGINS_WITH

	}

	public SortKeyCondition {
		values = List.copyOf(values);
	}

	/** Whether a sort key value meets the condition. */
	public boolean test(AttributeValue key) {
		if (key == null) {
			return false;
		}
		AttributeValue first = this.values.get(0);
		if (this.operator == Operator.BEGINS_WITH) {
			return Values.beginsWith(key, first);
		}
		if (!ValueOrder.comparable(key, first)) {
			return false;
		}
		int c = ValueOrder.compare(key, first);
		return switch (this.operator) {
			case EQ -> c == 0;
			case LT -> c < 0;
			case LE -> c <= 0;
			case GT -> c > 0;
			case GE -> c >= 0;
			case BETWEEN -> c >= 0 && ValueOrder.compare(key, this.values.get(1)) <= 0;
			default -> false;
		};
	}

	/**
	 * The smallest key of the range, or null when the range starts with the partition.
	 */
	public AttributeValue lower() {
		return switch (this.operator) {
			case LT, LE -> null;
			default -> this.values.get(0);
		};
	}

	/** Whether {@link #lower()} itself is in the range. */
	public boolean lowerInclusive() {
		return this.operator != Operator.GT;
	}

	/**
	 * The largest key of the range, or null when the range runs to the partition's end
	 * (for {@code BEGINS_WITH}, stop at the first key that fails {@link #test}).
	 */
	public AttributeValue upper() {
		return switch (this.operator) {
			case EQ, LT, LE -> this.values.get(0);
			case BETWEEN -> this.values.get(1);
			default -> null;
		};
	}

	/** Whether {@link #upper()} itself is in the range. */
	public boolean upperInclusive() {
		return this.operator != Operator.LT;
	}

}
