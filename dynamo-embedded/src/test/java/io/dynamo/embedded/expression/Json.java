/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.protocol.AttributeValues;

/** Items and values written as JSON with single quotes, for readable test tables. */
final class Json {

	private Json() {
	}

	static Map<String, Object> tree(String json) {
		return io.dynamo.embedded.protocol.Json.parseObject(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8));
	}

	static Map<String, AttributeValue> item(String json) {
		return AttributeValues.item(tree(json));
	}

	static AttributeValue value(String json) {
		return AttributeValues.value(tree(json));
	}

	/** Expression attributes from JSON maps of names and values (either may be null). */
	@SuppressWarnings("unchecked")
	static ExpressionAttributes attributes(String names, String values) {
		Map<String, String> nameMap = (names != null) ? (Map<String, String>) (Map<String, ?>) tree(names) : null;
		Map<String, AttributeValue> valueMap = null;
		if (values != null) {
			valueMap = new LinkedHashMap<>(item(values));
		}
		return new ExpressionAttributes(nameMap, valueMap);
	}

}
