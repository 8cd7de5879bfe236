/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;

/**
 * Reads attribute values and items from the request tree, with DynamoDB's validation
 * messages for malformed values (no type, two types, empty or duplicate sets, bad numbers
 * or base64, nesting deeper than 32 levels).
 */
public final class AttributeValues {

	private static final int MAX_DEPTH = 32;

	private AttributeValues() {
	}

	/** An item (or key) from a JSON object of attribute values. */
	public static Map<String, AttributeValue> item(Object json) {
		Map<String, Object> object = asObject(json);
		Map<String, AttributeValue> item = new HashMap<>(Math.max(4, object.size() * 2));
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			item.put(entry.getKey(), value(entry.getValue(), 1));
		}
		return item;
	}

	/** One attribute value from its JSON form, such as {@code {"S": "x"}}. */
	public static AttributeValue value(Object json) {
		return value(json, 1);
	}

	private static AttributeValue value(Object json, int depth) {
		if (depth > MAX_DEPTH) {
			throw DynamoException.validation("Nesting Levels have exceeded supported limits");
		}
		Map<String, Object> object = asObject(json);
		String type = null;
		Object content = null;
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			if (entry.getValue() == null) {
				continue;
			}
			if (type != null) {
				throw DynamoException.validation(
						"Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
			}
			type = entry.getKey();
			content = entry.getValue();
		}
		if (type == null) {
			throw DynamoException
				.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
		}
		switch (type) {
			case "S":
				return new AttributeValue.S(asString(content, type));
			case "N":
				return AttributeValue.N.parse(asString(content, type));
			case "B":
				return binary(asString(content, type));
			case "BOOL":
				return AttributeValue.Bool.of(asBoolean(content, type));
			case "NULL":
				if (!asBoolean(content, type)) {
					throw DynamoException.validation(
							"One or more parameter values were invalid: Null attribute value types must have the value of true");
				}
				return AttributeValue.Null.INSTANCE;
			case "L": {
				List<Object> elements = asList(content, type);
				List<AttributeValue> values = new ArrayList<>(elements.size());
				for (Object element : elements) {
					values.add(value(element, depth + 1));
				}
				return new AttributeValue.L(values);
			}
			case "M": {
				Map<String, Object> members = asObject(content);
				Map<String, AttributeValue> values = new LinkedHashMap<>();
				for (Map.Entry<String, Object> member : members.entrySet()) {
					values.put(member.getKey(), value(member.getValue(), depth + 1));
				}
				return new AttributeValue.M(values);
			}
			case "SS": {
				List<Object> elements = nonEmptySet(content, type, "string");
				Set<String> values = new LinkedHashSet<>();
				for (Object element : elements) {
					if (!values.add(asString(element, type))) {
						throw duplicates(type, elements);
					}
				}
				return new AttributeValue.SS(values);
			}
			case "NS": {
				List<Object> elements = nonEmptySet(content, type, "number");
				Set<AttributeValue.N> values = new LinkedHashSet<>();
				for (Object element : elements) {
					if (!values.add(AttributeValue.N.parse(asString(element, type)))) {
						throw duplicates(type, elements);
					}
				}
				return new AttributeValue.NS(values);
			}
			case "BS": {
				List<Object> elements = nonEmptySet(content, type, "binary");
				Set<AttributeValue.B> values = new LinkedHashSet<>();
				for (Object element : elements) {
					if (!values.add(binary(asString(element, type)))) {
						throw duplicates(type, elements);
					}
				}
				return new AttributeValue.BS(values);
			}
			default:
				throw DynamoException.serialization("Unknown AttributeValue type: " + type);
		}
	}

	private static List<Object> nonEmptySet(Object content, String type, String kind) {
		List<Object> elements = asList(content, type);
		if (elements.isEmpty()) {
			throw DynamoException
				.validation("One or more parameter values were invalid: An " + kind + " set  may not be empty");
		}
		return elements;
	}

	private static DynamoException duplicates(String type, List<Object> elements) {
		return DynamoException.validation(
				"One or more parameter values were invalid: Input collection " + elements + " contains duplicates.");
	}

	private static AttributeValue.B binary(String base64) {
		try {
			return new AttributeValue.B(Base64.getMimeDecoder().decode(base64));
		}
		catch (IllegalArgumentException ex) {
			throw DynamoException
				.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: " + base64.length());
		}
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asObject(Object json) {
		if (json instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw DynamoException.serialization("Unexpected value type in payload");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> asList(Object json, String type) {
		if (json instanceof List<?> list) {
			return (List<Object>) list;
		}
		throw DynamoException.serialization("Unexpected field type for " + type);
	}

	private static String asString(Object json, String type) {
		if (json instanceof String s) {
			return s;
		}
		throw DynamoException.serialization(
				(json instanceof Number ? "NUMBER_VALUE" : "Unexpected value") + " cannot be converted to String");
	}

	private static boolean asBoolean(Object json, String type) {
		if (json instanceof Boolean b) {
			return b;
		}
		throw DynamoException.serialization("Unexpected value type for " + type + ": expected a boolean");
	}

}
