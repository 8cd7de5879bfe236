/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns a response into a tree that compares equal when the two servers answered alike:
 * maps with sorted keys, sets sorted, numbers canonical (or as sent, for the second,
 * stricter pass), and without the members that legitimately differ between two servers.
 *
 * <p>
 * Members left out, and why:
 * <ul>
 * <li>{@code CreationDateTime}, {@code LastIncreaseDateTime},
 * {@code LastDecreaseDateTime}, {@code LastUpdateToPayPerRequestDateTime}: the two
 * servers' clocks;</li>
 * <li>{@code TableArn}, {@code IndexArn}, {@code LatestStreamArn},
 * {@code LatestStreamLabel}, {@code TableId}: hold the account, region, a time or a
 * random id, which are each server's own;</li>
 * <li>{@code ItemCount}, {@code TableSizeBytes}, {@code IndexSizeBytes}: DynamoDB
 * refreshes them about every six hours, so no value is "the" right one at a given moment;
 * dynalite keeps them at 0 for ever;</li>
 * <li>{@code NumberOfDecreasesToday}: a daily counter neither server is asked to model
 * here.</li>
 * </ul>
 * Also: the error {@code __type} is compared by its code after {@code #} (the namespaces
 * before it differ between DynamoDB's front ends and SDKs ignore them), and the key of an
 * error's message is read as {@code message} or {@code Message} (DynamoDB sends both
 * spellings depending on the error and SDKs accept both). Request ids, CRC32 headers and
 * all other headers are not compared: only the status and the body are.
 */
final class Normalizer {

	private static final Set<String> IGNORED = Set.of("CreationDateTime", "LastIncreaseDateTime",
			"LastDecreaseDateTime", "LastUpdateToPayPerRequestDateTime", "TableArn", "IndexArn", "LatestStreamArn",
			"LatestStreamLabel", "TableId", "ItemCount", "TableSizeBytes", "IndexSizeBytes", "NumberOfDecreasesToday");

	/** Lists whose order DynamoDB does not promise. */
	private static final Set<String> UNORDERED_LISTS = Set.of("GlobalSecondaryIndexes", "LocalSecondaryIndexes",
			"AttributeDefinitions", "NonKeyAttributes");

	private static final Set<String> TYPES = Set.of("S", "N", "B", "SS", "NS", "BS", "BOOL", "NULL", "L", "M");

	private Normalizer() {
	}

	/**
	 * The normalized form of a reply.
	 * @param reply the reply
	 * @param canonicalNumbers whether numbers are compared by value ({@code true}) or by
	 * their text ({@code false})
	 */
	static Map<String, Object> normalize(Wire.Reply reply, boolean canonicalNumbers) {
		Map<String, Object> out = new TreeMap<>();
		out.put("status", reply.status());
		if (reply.tree() == null) {
			out.put("raw", reply.body());
			return out;
		}
		if (reply.tree().containsKey("__type")) {
			out.put("__type", reply.errorCode());
			Object message = reply.tree().containsKey("message") ? reply.tree().get("message")
					: reply.tree().get("Message");
			if (message != null) {
				out.put("message", message);
			}
			for (Map.Entry<String, Object> entry : reply.tree().entrySet()) {
				if (!entry.getKey().equals("__type") && !entry.getKey().equalsIgnoreCase("message")) {
					out.put(entry.getKey(), value(entry.getKey(), entry.getValue(), canonicalNumbers));
				}
			}
			return out;
		}
		for (Map.Entry<String, Object> entry : reply.tree().entrySet()) {
			if (!IGNORED.contains(entry.getKey())) {
				out.put(entry.getKey(), value(entry.getKey(), entry.getValue(), canonicalNumbers));
			}
		}
		if (out.get("Responses") instanceof Map<?, ?> responses) {
			// BatchGetItem: the items of a table come in no promised order
			Map<String, Object> sorted = new TreeMap<>();
			responses.forEach((table, items) -> sorted.put((String) table, sortedList((List<?>) items)));
			out.put("Responses", sorted);
		}
		return out;
	}

	@SuppressWarnings("unchecked")
	private static Object value(String key, Object value, boolean canonicalNumbers) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> m = (Map<String, Object>) map;
			if (m.size() == 1 && TYPES.contains(m.keySet().iterator().next())) {
				return attribute(m, canonicalNumbers);
			}
			Map<String, Object> out = new TreeMap<>();
			for (Map.Entry<String, Object> entry : m.entrySet()) {
				if (!IGNORED.contains(entry.getKey())) {
					out.put(entry.getKey(), value(entry.getKey(), entry.getValue(), canonicalNumbers));
				}
			}
			return out;
		}
		if (value instanceof List<?> list) {
			List<Object> out = new ArrayList<>();
			for (Object element : list) {
				out.add(value(key, element, canonicalNumbers));
			}
			return UNORDERED_LISTS.contains(key) ? sortedList(out) : out;
		}
		if (value instanceof BigDecimal || value instanceof Long || value instanceof Integer) {
			return new BigDecimal(value.toString()).stripTrailingZeros().toPlainString();
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private static Object attribute(Map<String, Object> attribute, boolean canonicalNumbers) {
		Map.Entry<String, Object> entry = attribute.entrySet().iterator().next();
		Object value = entry.getValue();
		Object out = switch (entry.getKey()) {
			case "N" -> number(value, canonicalNumbers);
			case "SS", "BS" -> (value instanceof List<?> list) ? sortedList(list) : value;
			case "NS" -> (value instanceof List<?> list)
					? sortedList(list.stream().map((n) -> number(n, canonicalNumbers)).toList()) : value;
			case "L" -> (value instanceof List<?> list)
					? list.stream().map((element) -> value("L", element, canonicalNumbers)).toList() : value;
			case "M" -> (value instanceof Map<?, ?> map) ? value("M", map, canonicalNumbers) : value;
			default -> value;
		};
		Map<String, Object> result = new TreeMap<>();
		result.put(entry.getKey(), out);
		return result;
	}

	private static Object number(Object value, boolean canonical) {
		if (!canonical || !(value instanceof String text)) {
			return value;
		}
		try {
			BigDecimal number = new BigDecimal(text);
			return (number.signum() == 0) ? "0" : number.stripTrailingZeros().toPlainString();
		}
		catch (NumberFormatException ex) {
			return text;
		}
	}

	private static List<Object> sortedList(List<?> list) {
		List<Object> sorted = new ArrayList<>(list);
		sorted.sort(Comparator.comparing(Normalizer::text));
		return sorted;
	}

	/** Compact JSON-like text of a normalized tree, for sorting and for reports. */
	static String text(Object value) {
		StringBuilder out = new StringBuilder();
		write(out, value);
		return out.toString();
	}

	private static void write(StringBuilder out, Object value) {
		if (value instanceof Map<?, ?> map) {
			out.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				if (!first) {
					out.append(',');
				}
				first = false;
				string(out, String.valueOf(entry.getKey()));
				out.append(':');
				write(out, entry.getValue());
			}
			out.append('}');
		}
		else if (value instanceof List<?> list) {
			out.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(out, list.get(i));
			}
			out.append(']');
		}
		else if (value instanceof String s) {
			string(out, s);
		}
		else {
			out.append(value);
		}
	}

	private static void string(StringBuilder out, String s) {
		out.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

}
