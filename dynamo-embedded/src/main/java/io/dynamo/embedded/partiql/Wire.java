/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * Attribute values in their request form ({@code {"S": "x"}}), for the requests a
 * statement turns into: they are read back by the operations' own validation.
 */
final class Wire {

	private Wire() {
	}

	static Map<String, Object> item(Map<String, AttributeValue> item) {
		Map<String, Object> tree = new LinkedHashMap<>();
		item.forEach((name, value) -> tree.put(name, tree(value)));
		return tree;
	}

	static Map<String, Object> tree(AttributeValue value) {
		Object content;
		String type;
		if (value instanceof AttributeValue.S s) {
			type = "S";
			content = s.value();
		}
		else if (value instanceof AttributeValue.N n) {
			type = "N";
			content = n.text();
		}
		else if (value instanceof AttributeValue.B b) {
			type = "B";
			content = Base64.getEncoder().encodeToString(b.value());
		}
		else if (value instanceof AttributeValue.Bool b) {
			type = "BOOL";
			content = b.value();
		}
		else if (value instanceof AttributeValue.Null) {
			type = "NULL";
			content = Boolean.TRUE;
		}
		else if (value instanceof AttributeValue.L l) {
			List<Object> list = new ArrayList<>();
			l.values().forEach((element) -> list.add(tree(element)));
			type = "L";
			content = list;
		}
		else if (value instanceof AttributeValue.M m) {
			type = "M";
			content = item(m.values());
		}
		else if (value instanceof AttributeValue.SS ss) {
			type = "SS";
			content = new ArrayList<Object>(ss.values());
		}
		else if (value instanceof AttributeValue.NS ns) {
			List<Object> list = new ArrayList<>();
			ns.values().forEach((element) -> list.add(element.text()));
			type = "NS";
			content = list;
		}
		else {
			List<Object> list = new ArrayList<>();
			((AttributeValue.BS) value).values()
				.forEach((element) -> list.add(Base64.getEncoder().encodeToString(element.value())));
			type = "BS";
			content = list;
		}
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put(type, content);
		return tree;
	}

}
