/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.Deserializer;

/**
 * Typed reads of nested request structures (list elements, sub-structures), with the
 * {@code SerializationException} DynamoDB answers for a member of the wrong JSON type.
 */
public final class Members {

	private Members() {
	}

	public static String string(Map<String, Object> structure, String name) {
		Object value = structure.get(name);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw wrongType(value, "String");
	}

	public static Long number(Map<String, Object> structure, String name) {
		Object value = structure.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		throw wrongType(value, "Long");
	}

	public static Boolean bool(Map<String, Object> structure, String name) {
		Object value = structure.get(name);
		return (value != null) ? Deserializer.readBoolean(value) : null;
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> structure(Map<String, Object> structure, String name) {
		Object value = structure.get(name);
		if (value == null || value instanceof Map) {
			return (Map<String, Object>) value;
		}
		throw DynamoException.serialization("Unexpected field type");
	}

	/** A list of structures; null when absent. */
	@SuppressWarnings("unchecked")
	public static List<Map<String, Object>> structures(Object list) {
		if (list == null) {
			return null;
		}
		if (!(list instanceof List<?> elements)) {
			throw DynamoException.serialization("Unexpected field type");
		}
		List<Map<String, Object>> result = new ArrayList<>(elements.size());
		for (Object element : elements) {
			if (element != null && !(element instanceof Map)) {
				throw DynamoException.serialization("Unexpected value type in payload");
			}
			result.add((Map<String, Object>) element);
		}
		return result;
	}

	/** A list of strings; null when absent. */
	public static List<String> strings(Object list) {
		if (list == null) {
			return null;
		}
		if (!(list instanceof List<?> elements)) {
			throw DynamoException.serialization("Unexpected field type");
		}
		List<String> result = new ArrayList<>(elements.size());
		for (Object element : elements) {
			if (element != null && !(element instanceof String)) {
				throw wrongType(element, "String");
			}
			result.add((String) element);
		}
		return result;
	}

	private static DynamoException wrongType(Object value, String type) {
		return DynamoException.serialization(Deserializer.cannotConvert(value, type));
	}

}
