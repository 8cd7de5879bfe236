/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.model.AttributeValue;

/**
 * Renders parsed statement parts as DynamoDB expressions in which every name is a
 * {@code #n} and every value a {@code :v} placeholder, so that the engine's own
 * expression parsers evaluate them and no name or value is ever read as expression text.
 */
final class Placeholders {

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, String> placeholderOfName = new LinkedHashMap<>();

	private final Map<String, AttributeValue> values = new LinkedHashMap<>();

	String name(String name) {
		return this.placeholderOfName.computeIfAbsent(name, (key) -> {
			String placeholder = "#n" + this.names.size();
			this.names.put(placeholder, key);
			return placeholder;
		});
	}

	String value(AttributeValue value) {
		String placeholder = ":v" + this.values.size();
		this.values.put(placeholder, value);
		return placeholder;
	}

	String path(Expr.Path path) {
		StringBuilder text = new StringBuilder();
		for (Object element : path.elements()) {
			if (element instanceof Integer index) {
				text.append('[').append(index).append(']');
			}
			else {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(name((String) element));
			}
		}
		return text.toString();
	}

	/** A condition expression of a WHERE clause. */
	String condition(Expr expr) {
		if (expr instanceof Expr.And and) {
			return "(" + condition(and.left()) + ") AND (" + condition(and.right()) + ")";
		}
		if (expr instanceof Expr.Or or) {
			return "(" + condition(or.left()) + ") OR (" + condition(or.right()) + ")";
		}
		if (expr instanceof Expr.Not not) {
			return "NOT (" + condition(not.operand()) + ")";
		}
		if (expr instanceof Expr.Compare compare) {
			return operand(compare.left()) + " " + compare.operator() + " " + operand(compare.right());
		}
		if (expr instanceof Expr.Between between) {
			return operand(between.value()) + " BETWEEN " + operand(between.low()) + " AND " + operand(between.high());
		}
		if (expr instanceof Expr.In in) {
			StringBuilder text = new StringBuilder(operand(in.value())).append(" IN (");
			for (int i = 0; i < in.options().size(); i++) {
				text.append((i > 0) ? ", " : "").append(operand(in.options().get(i)));
			}
			return text.append(')').toString();
		}
		if (expr instanceof Expr.Is is) {
			String path = path(is.path());
			if (is.what().equals("MISSING")) {
				return (is.negated() ? "attribute_exists(" : "attribute_not_exists(") + path + ")";
			}
			String test = "attribute_type(" + path + ", " + value(new AttributeValue.S("NULL")) + ")";
			return is.negated() ? "NOT " + test : test;
		}
		if (expr instanceof Expr.Call call) {
			switch (call.name()) {
				case "begins_with", "contains", "attribute_type":
					checkArguments(call, 2);
					return call.name() + "(" + operand(call.arguments().get(0)) + ", "
							+ operand(call.arguments().get(1)) + ")";
				case "attribute_exists", "attribute_not_exists":
					checkArguments(call, 1);
					return call.name() + "(" + operand(call.arguments().get(0)) + ")";
				default:
					throw Errors.unsupported("function " + call.name() + " is not a condition");
			}
		}
		throw Errors.unsupported("a WHERE clause must be a condition");
	}

	/** An operand of a comparison: a path, a value or the size of a path. */
	String operand(Expr expr) {
		if (expr instanceof Expr.Path path) {
			return path(path);
		}
		if (expr instanceof Expr.Value value) {
			return value(value.value());
		}
		if (expr instanceof Expr.Call call && call.name().equals("size")) {
			checkArguments(call, 1);
			return "size(" + operand(call.arguments().get(0)) + ")";
		}
		throw Errors.unsupported("operand is not supported in a condition");
	}

	/** The value of a SET action: a value, a path, {@code +}, {@code -} and functions. */
	String updateValue(Expr expr) {
		if (expr instanceof Expr.Arithmetic arithmetic) {
			return updateValue(arithmetic.left()) + " " + arithmetic.operator() + " " + updateValue(arithmetic.right());
		}
		if (expr instanceof Expr.Call call
				&& (call.name().equals("list_append") || call.name().equals("if_not_exists"))) {
			checkArguments(call, 2);
			return call.name() + "(" + updateValue(call.arguments().get(0)) + ", "
					+ updateValue(call.arguments().get(1)) + ")";
		}
		if (expr instanceof Expr.Path || expr instanceof Expr.Value) {
			return operand(expr);
		}
		throw Errors.unsupported("value is not supported in SET");
	}

	private static void checkArguments(Expr.Call call, int count) {
		if (call.arguments().size() != count) {
			throw Errors.syntax("function " + call.name() + " takes " + count + " argument" + ((count > 1) ? "s" : ""));
		}
	}

	/** The names as a request member, or null when there are none. */
	Map<String, Object> namesMember() {
		return this.names.isEmpty() ? null : new LinkedHashMap<>(this.names);
	}

	/** The values as a request member (in wire form), or null when there are none. */
	Map<String, Object> valuesMember() {
		if (this.values.isEmpty()) {
			return null;
		}
		Map<String, Object> member = new LinkedHashMap<>();
		this.values.forEach((placeholder, value) -> member.put(placeholder, Wire.tree(value)));
		return member;
	}

	/** The placeholders for the engine's expression parsers. */
	ExpressionAttributes attributes() {
		return new ExpressionAttributes(this.names, this.values);
	}

	/** The number of values so far. */
	int valueCount() {
		return this.values.size();
	}

}
