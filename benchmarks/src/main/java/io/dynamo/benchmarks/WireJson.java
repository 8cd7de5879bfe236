/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Writes items in DynamoDB's JSON wire format ({@code awsJson1_0}), for the canned
 * responses of {@link StubDynamoHttpClient}.
 *
 * @author dynamo-spring-boot authors
 */
final class WireJson {

	private WireJson() {
	}

	static String item(Map<String, AttributeValue> item) {
		StringBuilder json = new StringBuilder(256);
		appendMap(json, item);
		return json.toString();
	}

	static String items(List<Map<String, AttributeValue>> items) {
		StringBuilder json = new StringBuilder(items.size() * 256).append('[');
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			appendMap(json, items.get(i));
		}
		return json.append(']').toString();
	}

	private static void appendMap(StringBuilder json, Map<String, AttributeValue> map) {
		json.append('{');
		Iterator<Map.Entry<String, AttributeValue>> entries = map.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<String, AttributeValue> entry = entries.next();
			appendString(json, entry.getKey());
			json.append(':');
			appendValue(json, entry.getValue());
			if (entries.hasNext()) {
				json.append(',');
			}
		}
		json.append('}');
	}

	private static void appendValue(StringBuilder json, AttributeValue value) {
		switch (value.type()) {
			case S -> appendTyped(json, "S", value.s());
			case N -> appendTyped(json, "N", value.n());
			case BOOL -> json.append("{\"BOOL\":").append(value.bool()).append('}');
			case NUL -> json.append("{\"NULL\":true}");
			case M -> {
				json.append("{\"M\":");
				appendMap(json, value.m());
				json.append('}');
			}
			case L -> {
				json.append("{\"L\":[");
				for (int i = 0; i < value.l().size(); i++) {
					if (i > 0) {
						json.append(',');
					}
					appendValue(json, value.l().get(i));
				}
				json.append("]}");
			}
			case SS -> {
				json.append("{\"SS\":[");
				for (int i = 0; i < value.ss().size(); i++) {
					if (i > 0) {
						json.append(',');
					}
					appendString(json, value.ss().get(i));
				}
				json.append("]}");
			}
			default -> throw new IllegalArgumentException("Not needed by the benchmarks: " + value.type());
		}
	}

	private static void appendTyped(StringBuilder json, String type, String value) {
		json.append("{\"").append(type).append("\":");
		appendString(json, value);
		json.append('}');
	}

	private static void appendString(StringBuilder json, String value) {
		json.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"' || c == '\\') {
				json.append('\\').append(c);
			}
			else if (c < 0x20) {
				json.append(String.format("\\u%04x", (int) c));
			}
			else {
				json.append(c);
			}
		}
		json.append('"');
	}

}
