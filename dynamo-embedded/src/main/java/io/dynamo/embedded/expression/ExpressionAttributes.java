/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.AttributeValues;

/**
 * The {@code ExpressionAttributeNames} and {@code ExpressionAttributeValues} of one
 * request, shared by all its expressions. Parsers resolve {@code #name} and
 * {@code :value} placeholders through it and it remembers which were used, so that
 * {@link #verifyAllUsed()} can refuse unused ones as DynamoDB does.
 */
public final class ExpressionAttributes {

	private static final Pattern NAME_KEY = Pattern.compile("#[0-9a-zA-Z_]+");

	private static final Pattern VALUE_KEY = Pattern.compile(":[0-9a-zA-Z_]+");

	/** No names and no values. */
	public static ExpressionAttributes none() {
		return new ExpressionAttributes(null, null);
	}

	private final Map<String, String> names;

	private final Map<String, AttributeValue> values;

	private final Set<String> unusedNames;

	private final Set<String> unusedValues;

	/**
	 * @param names the placeholder names, or null
	 * @param values the placeholder values, or null
	 */
	public ExpressionAttributes(Map<String, String> names, Map<String, AttributeValue> values) {
		this.names = (names != null) ? names : Map.of();
		this.values = (values != null) ? values : Map.of();
		this.unusedNames = new LinkedHashSet<>(this.names.keySet());
		this.unusedValues = new LinkedHashSet<>(this.values.keySet());
	}

	/**
	 * Reads both maps from the request tree and validates them as DynamoDB does: not
	 * empty, keys of the form {@code #name} and {@code :value}, values well formed.
	 * @param names the {@code ExpressionAttributeNames} member, or null
	 * @param values the {@code ExpressionAttributeValues} member, or null
	 */
	public static ExpressionAttributes fromRequest(Map<String, String> names, Map<String, Object> values) {
		if (names != null) {
			if (names.isEmpty()) {
				throw DynamoException.validation("ExpressionAttributeNames must not be empty");
			}
			for (String key : names.keySet()) {
				if (!NAME_KEY.matcher(key).matches()) {
					throw DynamoException.validation(
							"ExpressionAttributeNames contains invalid key: Syntax error; key: \"" + key + "\"");
				}
			}
		}
		Map<String, AttributeValue> parsed = null;
		if (values != null) {
			if (values.isEmpty()) {
				throw DynamoException.validation("ExpressionAttributeValues must not be empty");
			}
			for (String key : values.keySet()) {
				if (!VALUE_KEY.matcher(key).matches()) {
					throw DynamoException.validation(
							"ExpressionAttributeValues contains invalid key: Syntax error; key: \"" + key + "\"");
				}
			}
			parsed = new LinkedHashMap<>();
			for (Map.Entry<String, Object> entry : values.entrySet()) {
				try {
					parsed.put(entry.getKey(), AttributeValues.value(entry.getValue()));
				}
				catch (DynamoException ex) {
					if (!ex.code().equals("ValidationException")) {
						throw ex;
					}
					throw DynamoException.validation("ExpressionAttributeValues contains invalid value: "
							+ ex.getMessage() + " for key " + entry.getKey());
				}
			}
		}
		return new ExpressionAttributes(names, parsed);
	}

	/** The name a placeholder stands for (marking it used), or null when undefined. */
	String name(String placeholder) {
		String name = this.names.get(placeholder);
		if (name != null) {
			this.unusedNames.remove(placeholder);
		}
		return name;
	}

	/** The value a placeholder stands for (marking it used), or null when undefined. */
	AttributeValue value(String placeholder) {
		AttributeValue value = this.values.get(placeholder);
		if (value != null) {
			this.unusedValues.remove(placeholder);
		}
		return value;
	}

	/**
	 * Refuses names and values that no expression of the request used; call it once after
	 * parsing every expression of the request.
	 * @throws DynamoException a {@code ValidationException} naming the unused keys
	 */
	public void verifyAllUsed() {
		if (!this.unusedNames.isEmpty()) {
			throw DynamoException.validation("Value provided in ExpressionAttributeNames unused in expressions: keys: {"
					+ String.join(", ", this.unusedNames) + "}");
		}
		if (!this.unusedValues.isEmpty()) {
			throw DynamoException
				.validation("Value provided in ExpressionAttributeValues unused in expressions: keys: {"
						+ String.join(", ", this.unusedValues) + "}");
		}
	}

}
