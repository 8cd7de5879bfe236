/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.expression.ConditionParser.Node;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;

/**
 * Parses key condition expressions: the condition grammar, restricted to an equality on
 * the partition key and at most one of {@code = < <= > >=}, {@code BETWEEN} and
 * {@code begins_with} on the sort key, joined by {@code AND}.
 */
public final class KeyConditionExpression {

	static final String NAME = "KeyConditionExpression";

	private static final Set<String> INVALID_FUNCTIONS = Set.of("attribute_exists", "attribute_not_exists",
			"attribute_type", "contains");

	private static final Map<String, String> OPERATORS = Map.of("=", "EQ", "<", "LT", "<=", "LE", ">", "GT", ">=",
			"GE");

	private static final Map<String, String> FLIPPED = Map.of("=", "=", "<", ">", "<=", ">=", ">", "<", ">=", "<=");

	private KeyConditionExpression() {
	}

	/**
	 * Parses a {@code KeyConditionExpression}.
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public static KeyCondition parse(String text, ExpressionAttributes attributes) {
		Node root = ConditionParser.parse(NAME, text, attributes);
		Map<String, Legacy.Comparison> conditions = new LinkedHashMap<>();
		convert(root, conditions);
		return new KeyCondition(conditions);
	}

	private static void convert(Node node, Map<String, Legacy.Comparison> conditions) {
		if (node instanceof ConditionParser.Or) {
			throw invalidOperator("OR");
		}
		if (node instanceof ConditionParser.Not) {
			throw invalidOperator("NOT");
		}
		if (node instanceof ConditionParser.In) {
			throw invalidOperator("IN");
		}
		if (node instanceof ConditionParser.Compare compare && compare.operator().equals("<>")) {
			throw invalidOperator("<>");
		}
		List<Node> args;
		String operator;
		if (node instanceof ConditionParser.FunctionNode function) {
			if (INVALID_FUNCTIONS.contains(function.name)) {
				throw invalidOperator(function.name);
			}
			if (function.name.equals("size")) {
				throw DynamoException.validation("KeyConditionExpressions cannot contain nested operations");
			}
			if (!(function.args.get(0) instanceof ConditionParser.PathNode)) {
				throw invalidCondition(function.name + " operator must have the key attribute as its first operand");
			}
			args = function.args;
			operator = "BEGINS_WITH";
		}
		else if (node instanceof ConditionParser.Between between) {
			if (!(between.value() instanceof ConditionParser.PathNode)) {
				throw invalidCondition("BETWEEN operator must have the key attribute as its first operand");
			}
			args = List.of(between.value(), between.lower(), between.upper());
			operator = "BETWEEN";
		}
		else if (node instanceof ConditionParser.Compare compare) {
			args = List.of(compare.left(), compare.right());
			operator = compare.operator();
		}
		else if (node instanceof ConditionParser.And and) {
			args = List.of(and.left(), and.right());
			operator = null;
		}
		else {
			return;
		}
		String name = null;
		int keyIndex = 0;
		for (int i = 0; i < args.size(); i++) {
			Node arg = args.get(i);
			if (arg instanceof ConditionParser.PathNode path) {
				if (name != null) {
					throw invalidCondition("Multiple attribute names used in one condition");
				}
				if (path.raw.path.isNested()) {
					throw DynamoException
						.validation("KeyConditionExpressions cannot have conditions on nested attributes");
				}
				name = path.raw.path.head();
				keyIndex = i;
			}
			else if (!(arg instanceof ConditionParser.ValueNode)) {
				convert(arg, conditions);
			}
		}
		if (operator == null) {
			return;
		}
		if (name == null) {
			throw invalidCondition("No key attribute specified");
		}
		if (conditions.containsKey(name)) {
			throw DynamoException.validation("KeyConditionExpressions must only contain one condition per key");
		}
		List<AttributeValue> values = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			if (i != keyIndex && args.get(i) instanceof ConditionParser.ValueNode value) {
				values.add(value.value);
			}
		}
		if (OPERATORS.containsKey(operator)) {
			operator = OPERATORS.get((keyIndex != 0) ? FLIPPED.get(operator) : operator);
		}
		conditions.put(name, new Legacy.Comparison(operator, values));
	}

	private static DynamoException invalidOperator(String operator) {
		return DynamoException.validation("Invalid operator used in KeyConditionExpression: " + operator);
	}

	private static DynamoException invalidCondition(String detail) {
		return DynamoException.validation("Invalid condition in KeyConditionExpression: " + detail);
	}

}
