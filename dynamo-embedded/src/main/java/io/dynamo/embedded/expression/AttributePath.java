/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * An immutable document path: a top-level attribute name followed by map keys
 * ({@link String}) and list indices ({@link Integer}), such as {@code a.b[2].c}.
 */
public final class AttributePath {

	private final List<Object> elements;

	private AttributePath(List<Object> elements) {
		this.elements = elements;
	}

	/** A path of one top-level attribute. */
	public static AttributePath of(String name) {
		return new AttributePath(List.of(name));
	}

	/**
	 * A path of names ({@link String}) and list indices ({@link Integer}); the first
	 * element must be a name.
	 */
	public static AttributePath of(Object... elements) {
		return of(List.of(elements));
	}

	/** A path of names ({@link String}) and list indices ({@link Integer}). */
	public static AttributePath of(List<?> elements) {
		if (elements.isEmpty() || !(elements.get(0) instanceof String)) {
			throw new IllegalArgumentException("A path starts with an attribute name: " + elements);
		}
		for (Object element : elements) {
			if (!(element instanceof String) && !(element instanceof Integer)) {
				throw new IllegalArgumentException("Not a path element: " + element);
			}
		}
		return new AttributePath(Collections.unmodifiableList(new ArrayList<>(elements)));
	}

	/** Names ({@link String}) and indices ({@link Integer}), in order. */
	public List<Object> elements() {
		return this.elements;
	}

	public int size() {
		return this.elements.size();
	}

	public Object element(int index) {
		return this.elements.get(index);
	}

	/** The top-level attribute name. */
	public String head() {
		return (String) this.elements.get(0);
	}

	/** Whether the path goes below its top-level attribute. */
	public boolean isNested() {
		return this.elements.size() > 1;
	}

	/** The value at this path in an item, or null when any step is missing. */
	public AttributeValue get(Map<String, AttributeValue> item) {
		AttributeValue current = item.get(head());
		for (int i = 1; i < this.elements.size() && current != null; i++) {
			current = step(current, this.elements.get(i));
		}
		return current;
	}

	static AttributeValue step(AttributeValue current, Object element) {
		if (element instanceof Integer index) {
			if (current instanceof AttributeValue.L list && index < list.values().size()) {
				return list.values().get(index);
			}
			return null;
		}
		return (current instanceof AttributeValue.M map) ? map.values().get((String) element) : null;
	}

	/**
	 * The form DynamoDB uses in its error messages, such as {@code [a, b, [2], c]}.
	 */
	public String describe() {
		StringBuilder text = new StringBuilder("[");
		for (int i = 0; i < this.elements.size(); i++) {
			if (i > 0) {
				text.append(", ");
			}
			Object element = this.elements.get(i);
			if (element instanceof Integer) {
				text.append('[').append(element).append(']');
			}
			else {
				text.append(element);
			}
		}
		return text.append(']').toString();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AttributePath path && this.elements.equals(path.elements);
	}

	@Override
	public int hashCode() {
		return this.elements.hashCode();
	}

	/** The expression form, such as {@code a.b[2].c}. */
	@Override
	public String toString() {
		StringBuilder text = new StringBuilder();
		for (Object element : this.elements) {
			if (element instanceof Integer) {
				text.append('[').append(element).append(']');
			}
			else {
				if (!text.isEmpty()) {
					text.append('.');
				}
				text.append(element);
			}
		}
		return text.toString();
	}

}
