/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.EnumMap;
import java.util.Map;

/**
 * The semantic errors found in one expression, one per kind, the first found of each kind
 * kept. DynamoDB reports one error per expression, choosing by kind in a fixed order;
 * keeping them by kind lets the parsers report the same one.
 */
final class Errors {

	enum Kind {

		PARENS, UNKNOWN_FUNCTION, MISUSED_FUNCTION, RESERVED, SECTION, CONDITION, ATTR_NAME, ATTR_VALUE, OPERAND,
		DISTINCT, FUNCTION, PATH_OVERLAP, PATH_CONFLICT

	}

	private final Map<Kind, String> errors = new EnumMap<>(Kind.class);

	void add(Kind kind, String message) {
		this.errors.putIfAbsent(kind, message);
	}

	void replace(Kind kind, String message) {
		this.errors.put(kind, message);
	}

	boolean has(Kind kind) {
		return this.errors.containsKey(kind);
	}

	/** The error of the first kind present, in the given order, or null. */
	String first(Kind... order) {
		for (Kind kind : order) {
			String message = this.errors.get(kind);
			if (message != null) {
				return message;
			}
		}
		return null;
	}

	void throwFirst(String expressionName, Kind... order) {
		String message = first(order);
		if (message != null) {
			throw Tokens.invalid(expressionName, message);
		}
	}

	static String reserved(String name) {
		return "Attribute name is a reserved keyword; reserved keyword: " + name;
	}

	static String undefinedName(String name) {
		return "An expression attribute name used in the document path is not defined; attribute name: " + name;
	}

	static String undefinedValue(String name) {
		return "An expression attribute value used in expression is not defined; attribute value: " + name;
	}

}
