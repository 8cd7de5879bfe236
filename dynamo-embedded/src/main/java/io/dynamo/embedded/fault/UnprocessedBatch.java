/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/**
 * Holds back items of a {@code BatchWriteItem} and keys of a {@code BatchGetItem}: the
 * held-back part is taken out of the request before it runs (so it is neither written nor
 * read) and returned in {@code UnprocessedItems} / {@code UnprocessedKeys}, as DynamoDB
 * returns what it did not process.
 */
final class UnprocessedBatch {

	private UnprocessedBatch() {
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> run(Request request, Operation operation, BiPredicate<String, String> holdBack) {
		Object requestItems = request.body().get("RequestItems");
		if (!(requestItems instanceof Map<?, ?> tables) || tables.isEmpty()) {
			return operation.execute(request);
		}
		boolean writes = request.operation().equals("BatchWriteItem");
		Map<String, Object> kept = new LinkedHashMap<>();
		Map<String, Object> held = new LinkedHashMap<>();
		for (Map.Entry<?, ?> entry : tables.entrySet()) {
			String table = String.valueOf(entry.getKey());
			if (writes && entry.getValue() instanceof List<?> list) {
				List<Object> keep = new ArrayList<>();
				List<Object> hold = new ArrayList<>();
				for (Object item : list) {
					(holdBack.test(request.operation(), table) ? hold : keep).add(item);
				}
				put(kept, table, keep.isEmpty() ? null : keep);
				put(held, table, hold.isEmpty() ? null : hold);
			}
			else if (!writes && entry.getValue() instanceof Map<?, ?> spec
					&& spec.get("Keys") instanceof List<?> keys) {
				List<Object> keep = new ArrayList<>();
				List<Object> hold = new ArrayList<>();
				for (Object key : keys) {
					(holdBack.test(request.operation(), table) ? hold : keep).add(key);
				}
				put(kept, table, keep.isEmpty() ? null : withKeys((Map<String, Object>) spec, keep));
				put(held, table, hold.isEmpty() ? null : withKeys((Map<String, Object>) spec, hold));
			}
			else {
				// malformed: let the operation refuse it as it would
				return operation.execute(request);
			}
		}
		if (held.isEmpty()) {
			return operation.execute(request);
		}
		String unprocessedName = writes ? "UnprocessedItems" : "UnprocessedKeys";
		Map<String, Object> response;
		if (kept.isEmpty()) {
			response = new LinkedHashMap<>();
			if (!writes) {
				response.put("Responses", new LinkedHashMap<>());
			}
		}
		else {
			Map<String, Object> body = new LinkedHashMap<>(request.body());
			body.put("RequestItems", kept);
			response = new LinkedHashMap<>(operation.execute(new Request(request.operation(), body)));
		}
		Map<String, Object> unprocessed = new LinkedHashMap<>();
		if (response.get(unprocessedName) instanceof Map<?, ?> already) {
			unprocessed.putAll((Map<String, Object>) already);
		}
		for (Map.Entry<String, Object> entry : held.entrySet()) {
			unprocessed.merge(entry.getKey(), entry.getValue(), UnprocessedBatch::concat);
		}
		response.put(unprocessedName, unprocessed);
		return response;
	}

	@SuppressWarnings("unchecked")
	private static Object concat(Object a, Object b) {
		if (a instanceof List<?> la && b instanceof List<?> lb) {
			List<Object> all = new ArrayList<>(la);
			all.addAll(lb);
			return all;
		}
		Map<String, Object> spec = new LinkedHashMap<>((Map<String, Object>) a);
		List<Object> keys = new ArrayList<>((List<Object>) spec.get("Keys"));
		keys.addAll((List<Object>) ((Map<String, Object>) b).get("Keys"));
		spec.put("Keys", keys);
		return spec;
	}

	private static Map<String, Object> withKeys(Map<String, Object> spec, List<Object> keys) {
		Map<String, Object> copy = new LinkedHashMap<>(spec);
		copy.put("Keys", keys);
		return copy;
	}

	private static void put(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
