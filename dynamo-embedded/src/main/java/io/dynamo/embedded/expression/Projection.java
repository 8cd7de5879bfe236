/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.dynamo.embedded.model.AttributeValue;

/**
 * A parsed projection (a {@code ProjectionExpression} or legacy {@code AttributesToGet}):
 * the document paths to return. Immutable.
 */
public final class Projection {

	private final List<AttributePath> paths;

	Projection(List<AttributePath> paths) {
		this.paths = List.copyOf(paths);
	}

	/**
	 * A projection of the given paths, such as an update's paths for {@code UPDATED_OLD}
	 * and {@code UPDATED_NEW}; paths must not overlap.
	 */
	public static Projection of(List<AttributePath> paths) {
		return new Projection(paths);
	}

	/** The projected paths, in the order given. */
	public List<AttributePath> paths() {
		return this.paths;
	}

	/**
	 * A new item with only the projected paths that the item has. Elements projected from
	 * a list keep their order and close up, as DynamoDB returns them.
	 */
	public Map<String, AttributeValue> apply(Map<String, AttributeValue> item) {
		Map<String, AttributeValue> result = new LinkedHashMap<>();
		Map<String, Builder> nested = null;
		for (AttributePath path : this.paths) {
			AttributeValue value = path.get(item);
			if (value == null) {
				continue;
			}
			if (!path.isNested()) {
				result.put(path.head(), value);
				continue;
			}
			if (nested == null) {
				nested = new LinkedHashMap<>();
			}
			Builder builder = nested.computeIfAbsent(path.head(), (name) -> new Builder());
			for (int i = 1; i < path.size() - 1; i++) {
				builder = builder.child(path.element(i));
			}
			builder.put(path.element(path.size() - 1), value);
		}
		if (nested != null) {
			for (Map.Entry<String, Builder> entry : nested.entrySet()) {
				result.put(entry.getKey(), entry.getValue().build());
			}
		}
		return result;
	}

	/** A map or list being filled with projected parts, by key or index. */
	private static final class Builder {

		private final Map<Object, Object> parts = new LinkedHashMap<>();

		private boolean list;

		Builder child(Object element) {
			this.list = element instanceof Integer;
			return (Builder) this.parts.computeIfAbsent(element, (key) -> new Builder());
		}

		void put(Object element, AttributeValue value) {
			this.list = element instanceof Integer;
			this.parts.put(element, value);
		}

		AttributeValue build() {
			if (this.list) {
				List<AttributeValue> values = new ArrayList<>();
				for (Object part : new TreeMap<>(this.parts).values()) {
					values.add(value(part));
				}
				return new AttributeValue.L(values);
			}
			Map<String, AttributeValue> values = new LinkedHashMap<>();
			for (Map.Entry<Object, Object> part : this.parts.entrySet()) {
				values.put((String) part.getKey(), value(part.getValue()));
			}
			return new AttributeValue.M(values);
		}

		private static AttributeValue value(Object part) {
			return (part instanceof Builder builder) ? builder.build() : (AttributeValue) part;
		}

	}

}
