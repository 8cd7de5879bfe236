/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Members;

/**
 * Tags: keys of 1 to 128 characters, values up to 256, at most 50 on a resource.
 */
final class Tagging {

	private Tagging() {
	}

	static void check(Constraints constraints, String path, List<Map<String, Object>> tags) {
		if (tags == null) {
			return;
		}
		for (int i = 0; i < tags.size(); i++) {
			Map<String, Object> tag = tags.get(i);
			String member = path + "." + (i + 1) + ".member";
			if (tag == null) {
				continue;
			}
			String key = Members.string(tag, "Key");
			String value = Members.string(tag, "Value");
			constraints.notNull(member + ".key", key)
				.minLength(member + ".key", key, 1)
				.maxLength(member + ".key", key, 128);
			constraints.notNull(member + ".value", value).maxLength(member + ".value", value, 256);
		}
	}

	static Map<String, String> tags(List<Map<String, Object>> tags, Map<String, String> existing) {
		Map<String, String> result = new LinkedHashMap<>(existing);
		if (tags != null) {
			for (Map<String, Object> tag : tags) {
				result.put(Members.string(tag, "Key"), Members.string(tag, "Value"));
			}
		}
		return result;
	}

	static List<Object> toResponse(Map<String, String> tags) {
		List<Object> list = new ArrayList<>();
		tags.forEach((key, value) -> list.add(TableDescriptions.map("Key", key, "Value", value)));
		return list;
	}

}
