/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.AttributePath;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * The request-level rules around expressions: expression and legacy parameters not mixed,
 * placeholders only with expressions, key attributes never nested paths.
 */
public final class Expressions {

	private Expressions() {
	}

	/** The request's {@code ExpressionAttributeNames} and values, validated. */
	public static ExpressionAttributes attributes(Request request) {
		return ExpressionAttributes.fromRequest(request.strings("ExpressionAttributeNames"),
				request.object("ExpressionAttributeValues"));
	}

	/**
	 * Refuses expression and legacy parameters together, and placeholders without an
	 * expression that could use them, with DynamoDB's messages.
	 * @param expressions the operation's expression members, in DynamoDB's order
	 * @param legacy the operation's legacy members, in DynamoDB's order
	 */
	public static void checkParameters(Request request, List<String> expressions, List<String> legacy) {
		List<String> used = new ArrayList<>();
		for (String expression : expressions) {
			if (request.has(expression)) {
				used.add(expression);
			}
		}
		if (!used.isEmpty()) {
			List<String> legacyUsed = new ArrayList<>();
			for (String member : legacy) {
				if (request.has(member)
						&& !(member.equals("KeyConditions") && !request.has("KeyConditionExpression"))) {
					legacyUsed.add(member);
				}
			}
			if (!legacyUsed.isEmpty()) {
				throw DynamoException.validation(
						"Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {"
								+ String.join(", ", legacyUsed) + "} Expression parameters: {" + String.join(", ", used)
								+ "}");
			}
		}
		if (request.has("ExpressionAttributeNames") && used.isEmpty()) {
			throw DynamoException.validation("ExpressionAttributeNames can only be specified when using expressions");
		}
		List<String> valueExpressions = new ArrayList<>(expressions);
		valueExpressions.remove("ProjectionExpression");
		if (!valueExpressions.isEmpty() && request.has("ExpressionAttributeValues")) {
			boolean none = true;
			for (String expression : valueExpressions) {
				none &= !request.has(expression);
			}
			if (none) {
				throw DynamoException
					.validation("ExpressionAttributeValues can only be specified when using expressions: "
							+ String.join(" and ", valueExpressions) + " "
							+ ((valueExpressions.size() > 1) ? "are" : "is") + " null");
			}
		}
	}

	/**
	 * Refuses document paths into the table's or its indexes' key attributes, which are
	 * scalars.
	 */
	public static void checkKeyPaths(List<AttributePath> paths, TableDefinition table) {
		for (AttributePath path : paths) {
			if (!path.isNested()) {
				continue;
			}
			if (table.keySchema().isKey(path.head())) {
				throw DynamoException.validation(
						"Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: Key: "
								+ path.head());
			}
			for (IndexDefinition index : table.indexes()) {
				if (index.keySchema().isKey(path.head())) {
					throw DynamoException.validation(
							"Key attributes must be scalars; list random access '[]' and map lookup '.' are not allowed: IndexKey: "
									+ path.head());
				}
			}
		}
	}

	/** The top-level attributes named, for {@code AttributesToGet}, as paths. */
	public static List<AttributePath> topLevel(List<String> names) {
		List<AttributePath> paths = new ArrayList<>(names.size());
		for (String name : names) {
			paths.add(AttributePath.of(name));
		}
		return paths;
	}

	/** Copies the named top-level attributes of an item ({@code AttributesToGet}). */
	public static Map<String, AttributeValue> pick(Map<String, AttributeValue> item, List<String> names) {
		Map<String, AttributeValue> result = new java.util.LinkedHashMap<>();
		for (String name : names) {
			AttributeValue value = item.get(name);
			if (value != null) {
				result.put(name, value);
			}
		}
		return result;
	}

	/** Refuses a duplicate name in {@code AttributesToGet}. */
	public static void checkAttributesToGet(List<String> names) {
		if (names == null) {
			return;
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (String name : names) {
			if (!seen.add(name)) {
				throw DynamoException.validation(
						"One or more parameter values were invalid: Duplicate value in attribute name: " + name);
			}
		}
	}

}
