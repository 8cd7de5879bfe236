/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import io.dynamo.embedded.model.DynamoException;

/**
 * Parses condition and filter expressions: comparators ({@code = <> < <= > >=}),
 * {@code BETWEEN}, {@code IN} (up to 100 operands), {@code AND}, {@code OR}, {@code NOT},
 * parentheses and the functions {@code attribute_exists}, {@code attribute_not_exists},
 * {@code attribute_type}, {@code begins_with}, {@code contains} and {@code size}, over
 * nested paths and list indices.
 */
public final class ConditionExpression {

	/** The request member of a condition: {@code ConditionExpression}. */
	public static final String CONDITION = "ConditionExpression";

	/** The request member of a filter: {@code FilterExpression}. */
	public static final String FILTER = "FilterExpression";

	private ConditionExpression() {
	}

	/**
	 * Parses a {@code ConditionExpression}.
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public static Condition parse(String text, ExpressionAttributes attributes) {
		return parse(text, attributes, CONDITION);
	}

	/**
	 * Parses a {@code FilterExpression}.
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public static Condition parseFilter(String text, ExpressionAttributes attributes) {
		return parse(text, attributes, FILTER);
	}

	/**
	 * Parses a condition given in the named request member.
	 * @param expressionName the member named in errors: {@link #CONDITION} or
	 * {@link #FILTER}
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public static Condition parse(String text, ExpressionAttributes attributes, String expressionName) {
		ConditionParser.Node root = ConditionParser.parse(expressionName, text, attributes);
		return new Conditions.WithPaths(ConditionParser.compile(root), ConditionParser.paths(root));
	}

}
