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
final class KeyDescriptions {

	private KeyDescriptions() {
	}

	static String describe(Map<String, AttributeValue> key) {
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
