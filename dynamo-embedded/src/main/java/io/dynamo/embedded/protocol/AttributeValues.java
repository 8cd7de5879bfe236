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
 * Reads attribute values and items from the request tree, with DynamoDB's messages for
 * malformed values: members of the wrong JSON type are a {@code SerializationException}
 * (as the service's deserializer words it), members it does not know are ignored, and
 * values it can read but refuses (no type, two types, empty or duplicate sets, bad
 * numbers, nesting deeper than 32 levels) are a {@code ValidationException}.
 */
public final class AttributeValues {

	private static final int MAX_DEPTH = 32;

	private static final String VALUE_CLASS = "com.amazonaws.dynamodb.v20120810.AttributeValue";

	private static final Set<String> TYPES = Set.of("S", "N", "B", "BOOL", "NULL", "L", "M", "SS", "NS", "BS");

	private AttributeValues() {
	}

	/** An item (or key) from a JSON object of attribute values. */
	public static Map<String, AttributeValue> item(Object json) {
		Map<String, Object> object = asMap(json);
		Map<String, AttributeValue> item = new HashMap<>(Math.max(4, object.size() * 2));
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			if (entry.getValue() != null) {
				item.put(entry.getKey(), value(entry.getValue(), 1));
			}
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
		Map<String, Object> object = asValue(json);
		AttributeValue first = null;
		int types = 0;
		// every member is read (and refused) before the count of types is checked, as
		// the service does; members that are no type of value are ignored
		for (Map.Entry<String, Object> entry : object.entrySet()) {
			if (entry.getValue() == null || !TYPES.contains(entry.getKey())) {
				continue;
			}
			AttributeValue value = typed(entry.getKey(), entry.getValue(), depth);
			if (first == null) {
				first = value;
			}
			types++;
		}
		if (first == null) {
			throw DynamoException
				.validation("Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
		}
		if (types > 1) {
			throw DynamoException.validation(
					"Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes");
		}
		return first;
	}

	private static AttributeValue typed(String type, Object content, int depth) {
		switch (type) {
			case "S":
				return new AttributeValue.S(asString(content));
			case "N":
				return AttributeValue.N.parse(asString(content));
			case "B":
				return binary(content);
			case "BOOL":
				return AttributeValue.Bool.of(Deserializer.readBoolean(content));
			case "NULL":
				if (!Deserializer.readBoolean(content)) {
					throw DynamoException.validation(
							"One or more parameter values were invalid: Null attribute value types must have the value of true");
				}
				return AttributeValue.Null.INSTANCE;
			case "L": {
				List<Object> elements = asList(content);
				List<AttributeValue> values = new ArrayList<>(elements.size());
				for (Object element : elements) {
					values.add(value(element, depth + 1));
				}
				return new AttributeValue.L(values);
			}
			case "M": {
				Map<String, Object> members = asMap(content);
				Map<String, AttributeValue> values = new LinkedHashMap<>();
				for (Map.Entry<String, Object> member : members.entrySet()) {
					if (member.getValue() != null) {
						values.put(member.getKey(), value(member.getValue(), depth + 1));
					}
				}
				return new AttributeValue.M(values);
			}
			case "SS": {
				List<Object> elements = asList(content);
				List<String> texts = new ArrayList<>(elements.size());
				for (Object element : elements) {
					texts.add(asString(element));
				}
				if (texts.isEmpty()) {
					throw DynamoException
						.validation("One or more parameter values were invalid: An string set  may not be empty");
				}
				Set<String> values = new LinkedHashSet<>(texts);
				if (values.size() < texts.size()) {
					throw DynamoException.validation("One or more parameter values were invalid: Input collection "
							+ shown(texts) + " contains duplicates.");
				}
				return new AttributeValue.SS(values);
			}
			case "NS": {
				List<Object> elements = asList(content);
				List<String> texts = new ArrayList<>(elements.size());
				for (Object element : elements) {
					texts.add(asString(element));
				}
				if (texts.isEmpty()) {
					throw DynamoException
						.validation("One or more parameter values were invalid: An number set  may not be empty");
				}
				Set<AttributeValue.N> values = new LinkedHashSet<>();
				for (String text : texts) {
					values.add(AttributeValue.N.parse(text));
				}
				if (values.size() < texts.size()) {
					throw DynamoException.validation("Input collection contains duplicates");
				}
				return new AttributeValue.NS(values);
			}
			case "BS": {
				List<Object> elements = asList(content);
				List<String> texts = new ArrayList<>(elements.size());
				Set<AttributeValue.B> values = new LinkedHashSet<>();
				for (Object element : elements) {
					values.add(binary(element));
					texts.add((String) element);
				}
				if (texts.isEmpty()) {
					throw DynamoException
						.validation("One or more parameter values were invalid: Binary sets should not be empty");
				}
				if (values.size() < texts.size()) {
					throw DynamoException.validation("One or more parameter values were invalid: Input collection "
							+ shown(texts) + "of type BS contains duplicates.");
				}
				return new AttributeValue.BS(values);
			}
			default:
				throw new IllegalArgumentException(type);
		}
	}

	private static String shown(List<String> texts) {
		return "[" + String.join(", ", texts) + "]";
	}

	private static AttributeValue.B binary(Object json) {
		if (json instanceof Boolean || json instanceof Number) {
			throw DynamoException.serialization("only base-64-encoded strings are convertible to bytes");
		}
		if (json instanceof List) {
			throw DynamoException.serialization("Unrecognized collection type class java.nio.ByteBuffer");
		}
		if (!(json instanceof String base64)) {
			throw DynamoException.serialization("Start of structure or map found where not expected");
		}
		if (base64.length() % 4 != 0) {
			throw DynamoException
				.serialization("Base64 encoded length is expected a multiple of 4 bytes but found: " + base64.length());
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			bytes = null;
		}
		// the strict alphabet, with padding bits of zero: the text is the canonical
		// encoding of its bytes
		if (bytes == null || !Base64.getEncoder().encodeToString(bytes).equals(base64)) {
			throw DynamoException.serialization("Invalid last non-pad Base64 character dectected");
		}
		return new AttributeValue.B(bytes);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asObject(Object json) {
		if (json instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		throw DynamoException.serialization("Unexpected value type in payload");
	}

	/** An attribute value's own structure. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> asValue(Object json) {
		if (json instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		if (json instanceof List) {
			throw DynamoException.serialization("Unrecognized collection type class " + VALUE_CLASS);
		}
		throw DynamoException.serialization("Unexpected value type in payload");
	}

	/** A map of attribute values: an item, a key, the value of M. */
	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object json) {
		if (json instanceof Map<?, ?> map) {
			return (Map<String, Object>) map;
		}
		if (json instanceof List) {
			throw DynamoException
				.serialization("Unrecognized collection type java.util.Map<java.lang.String, " + VALUE_CLASS + ">");
		}
		throw DynamoException.serialization("Unexpected field type");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> asList(Object json) {
		if (json instanceof List<?> list) {
			return (List<Object>) list;
		}
		if (json instanceof Map) {
			throw DynamoException.serialization("Start of structure or map found where not expected");
		}
		throw DynamoException.serialization("Unexpected field type");
	}

	private static String asString(Object json) {
		if (json instanceof String s) {
			return s;
		}
		throw DynamoException.serialization(Deserializer.cannotConvert(json, "String"));
	}

}
