/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.AttributeValues;
import io.dynamo.embedded.protocol.Deserializer;

/**
 * A parsed request body with typed, validating accessors. A member of the wrong JSON type
 * is a {@code SerializationException}, as DynamoDB answers it.
 *
 * @param operation the action's name, such as {@code PutItem}
 * @param body the parsed JSON object
 */
public record Request(String operation, Map<String, Object> body) {

	/** Whether the member is present and not null. */
	public boolean has(String name) {
		return this.body.get(name) != null;
	}

	public String string(String name) {
		Object value = this.body.get(name);
		if (value == null || value instanceof String) {
			return (String) value;
		}
		throw wrongType(value, "String");
	}

	public Long number(String name) {
		Object value = this.body.get(name);
		if (value == null) {
			return null;
		}
		if (value instanceof Long l) {
			return l;
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		throw wrongType(value, "Integer");
	}

	public Boolean bool(String name) {
		Object value = this.body.get(name);
		return (value != null) ? Deserializer.readBoolean(value) : null;
	}

	@SuppressWarnings("unchecked")
	public Map<String, Object> object(String name) {
		Object value = this.body.get(name);
		if (value == null || value instanceof Map) {
			return (Map<String, Object>) value;
		}
		throw wrongType(value, "Map");
	}

	@SuppressWarnings("unchecked")
	public List<Object> list(String name) {
		Object value = this.body.get(name);
		if (value == null || value instanceof List) {
			return (List<Object>) value;
		}
		throw wrongType(value, "List");
	}

	/** An item or key of attribute values, or null when absent. */
	public Map<String, AttributeValue> item(String name) {
		Object value = this.body.get(name);
		return (value != null) ? AttributeValues.item(value) : null;
	}

	/** A map of strings ({@code ExpressionAttributeNames}), or null when absent. */
	@SuppressWarnings("unchecked")
	public Map<String, String> strings(String name) {
		Map<String, Object> value = object(name);
		if (value != null) {
			for (Object element : value.values()) {
				if (!(element instanceof String)) {
					throw wrongType(element, "String");
				}
			}
		}
		return (Map<String, String>) (Map<String, ?>) value;
	}

	/**
	 * This request without members its operation does not have: DynamoDB ignores members
	 * outside an operation's model, such as ExpressionAttributeValues on GetItem.
	 */
	public Request without(String... members) {
		Map<String, Object> body = new LinkedHashMap<>(this.body);
		for (String member : members) {
			body.remove(member);
		}
		return new Request(this.operation, body);
	}

	/** The request member as a nested request, for items of a batch or transaction. */
	public Request nested(String name) {
		Map<String, Object> value = object(name);
		return (value != null) ? new Request(this.operation, value) : null;
	}

	/**
	 * The service deserializer's message for a member of the wrong JSON type.
	 * @param value the member's value
	 * @param type {@code String}, {@code Integer}, {@code Boolean} (scalars), {@code Map}
	 * or {@code List}
	 */
	private static DynamoException wrongType(Object value, String type) {
		if (type.equals("Map") || type.equals("List")) {
			boolean list = value instanceof List;
			if (type.equals("Map") && list) {
				return DynamoException
					.serialization("Unrecognized collection type java.util.Map<java.lang.String, java.lang.String>");
			}
			return DynamoException.serialization((list || value instanceof Map)
					? "Start of structure or map found where not expected" : "Unexpected field type");
		}
		return DynamoException.serialization(Deserializer.cannotConvert(value, type));
	}

}
