/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Describes item keys in messages: {@code [customerId=alice, orderId=o-1]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class KeyDescriptions {

	private KeyDescriptions() {
	}

	/**
	 * Describe a key, its attributes sorted by name.
	 * @param key the key attributes
	 * @return the description, such as {@code [customerId=alice, orderId=o-1]}
	 */
	public static String describe(Map<String, AttributeValue> key) {
		StringJoiner out = new StringJoiner(", ", "[", "]");
		new TreeMap<>(key).forEach((name, value) -> out.add(name + "=" + valueOf(value)));
		return out.toString();
	}

	private static String valueOf(AttributeValue value) {
		if (value == null) {
			return "null";
		}
		if (value.s() != null) {
			return value.s();
		}
		if (value.n() != null) {
			return value.n();
		}
		return "(" + value.type() + ")";
	}

}
