/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.Condition;

/**
 * The sort-key part of a key condition: {@code =}, {@code <}, {@code <=}, {@code >},
 * {@code >=}, {@code BETWEEN} or {@code begins_with}. Values are the sort key's stored
 * values (for a templated sort key, the whole key such as {@code "EVENT#2026-11"}).
 *
 * @author dynamo-spring-boot authors
 */
public final class SortKeyCondition {

	private final String operator;

	private final Object[] values;

	private SortKeyCondition(String operator, Object... values) {
		this.operator = operator;
		this.values = values;
	}

	/**
	 * Sort key equal to the value.
	 * @param value the value
	 * @return the condition
	 */
	public static SortKeyCondition eq(Object value) {
		return new SortKeyCondition("=", value);
	}

	/**
	 * Sort key less than the value.
	 * @param value the value
	 * @return the condition
	 */
	public static SortKeyCondition lt(Object value) {
		return new SortKeyCondition("<", value);
	}

	/**
	 * Sort key less than or equal to the value.
	 * @param value the value
	 * @return the condition
	 */
	public static SortKeyCondition le(Object value) {
		return new SortKeyCondition("<=", value);
	}

	/**
	 * Sort key greater than the value.
	 * @param value the value
	 * @return the condition
	 */
	public static SortKeyCondition gt(Object value) {
		return new SortKeyCondition(">", value);
	}

	/**
	 * Sort key greater than or equal to the value.
	 * @param value the value
	 * @return the condition
	 */
	public static SortKeyCondition ge(Object value) {
		return new SortKeyCondition(">=", value);
	}

	/**
	 * Sort key between the two values, both included.
	 * @param low the lower bound
	 * @param high the upper bound
	 * @return the condition
	 */
	public static SortKeyCondition between(Object low, Object high) {
		return new SortKeyCondition("BETWEEN", low, high);
	}

	/**
	 * String sort key that begins with the prefix.
	 * @param prefix the prefix
	 * @return the condition
	 */
	public static SortKeyCondition beginsWith(String prefix) {
		return new SortKeyCondition("begins_with", prefix);
	}

	Condition toCondition(AttributePath sortKey) {
		Condition.Operand operand = Condition.where(sortKey);
		return switch (this.operator) {
			case "=" -> operand.eq(this.values[0]);
			case "<" -> operand.lt(this.values[0]);
			case "<=" -> operand.le(this.values[0]);
			case ">" -> operand.gt(this.values[0]);
			case ">=" -> operand.ge(this.values[0]);
			case "BETWEEN" -> operand.between(this.values[0], this.values[1]);
			default -> operand.beginsWith(String.valueOf(this.values[0]));
		};
	}

	@Override
	public String toString() {
		return this.operator + java.util.Arrays.toString(this.values);
	}

}
