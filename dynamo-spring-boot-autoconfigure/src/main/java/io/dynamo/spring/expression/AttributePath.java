/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.springframework.util.Assert;

/**
 * A path to an attribute, possibly nested: {@code status}, {@code address.city},
 * {@code items[2].qty}. Each name is rendered as an expression attribute name, so a name
 * may hold any character; use {@link #of(String...)} for names that contain {@code .} or
 * {@code [}.
 *
 * @author dynamo-spring-boot authors
 */
public final class AttributePath {

	private final List<Object> elements;

	private AttributePath(List<Object> elements) {
		this.elements = Collections.unmodifiableList(elements);
	}

	/**
	 * Parse a path such as {@code address.city} or {@code items[2].qty}.
	 * @param path the path
	 * @return the parsed path
	 * @throws IllegalArgumentException if the path is empty or malformed
	 */
	public static AttributePath parse(String path) {
		Assert.hasLength(path, "An attribute path must not be empty");
		Assert.isTrue(!path.endsWith("."), () -> "Attribute path '" + path + "' ends with '.'");
		List<Object> elements = new ArrayList<>();
		StringBuilder name = new StringBuilder();
		int i = 0;
		while (i < path.length()) {
			char c = path.charAt(i);
			if (c == '.') {
				addName(elements, name, path);
				i++;
			}
			else if (c == '[') {
				if (name.length() > 0) {
					addName(elements, name, path);
				}
				Assert.isTrue(!elements.isEmpty(), () -> "Attribute path '" + path + "' starts with a list index");
				int end = path.indexOf(']', i);
				Assert.isTrue(end > i + 1, () -> "Attribute path '" + path + "' has an unclosed or empty '['");
				String digits = path.substring(i + 1, end);
				Assert.isTrue(digits.chars().allMatch(Character::isDigit),
						() -> "Attribute path '" + path + "' has a list index that is not a number: [" + digits + "]");
				elements.add(Integer.parseInt(digits));
				i = end + 1;
				Assert.isTrue(i == path.length() || path.charAt(i) == '.' || path.charAt(i) == '[',
						() -> "Attribute path '" + path + "' has characters after ']' that are not '.' or '['");
				if (i < path.length() && path.charAt(i) == '.') {
					i++;
					Assert.isTrue(i < path.length(), () -> "Attribute path '" + path + "' ends with '.'");
				}
			}
			else {
				name.append(c);
				i++;
			}
		}
		if (name.length() > 0 || elements.isEmpty()) {
			addName(elements, name, path);
		}
		return new AttributePath(elements);
	}

	private static void addName(List<Object> elements, StringBuilder name, String path) {
		Assert.isTrue(name.length() > 0, () -> "Attribute path '" + path + "' has an empty name");
		elements.add(name.toString());
		name.setLength(0);
	}

	/**
	 * Create a path from literal names, each taken as it is (dots and brackets included).
	 * @param names the names, outermost first
	 * @return the path
	 */
	public static AttributePath of(String... names) {
		Assert.notEmpty(names, "An attribute path needs at least one name");
		List<Object> elements = new ArrayList<>();
		for (String name : names) {
			Assert.hasLength(name, "An attribute name must not be empty");
			elements.add(name);
		}
		return new AttributePath(elements);
	}

	/**
	 * Return the top-level attribute name of this path.
	 * @return the first name
	 */
	public String topLevelName() {
		return (String) this.elements.get(0);
	}

	/**
	 * Whether this path is a single top-level attribute.
	 * @return {@code true} for a path without nesting or index
	 */
	public boolean isTopLevel() {
		return this.elements.size() == 1;
	}

	/**
	 * Render this path with placeholders for every name.
	 * @param context the context that assigns the placeholders
	 * @return the rendered path, such as {@code #n0.#n1[2]}
	 */
	String render(ExpressionContext context) {
		return join(context::name);
	}

	private String join(Function<String, String> names) {
		StringBuilder out = new StringBuilder();
		for (Object element : this.elements) {
			if (element instanceof Integer index) {
				out.append('[').append(index).append(']');
			}
			else {
				if (out.length() > 0) {
					out.append('.');
				}
				out.append(names.apply((String) element));
			}
		}
		return out.toString();
	}

	@Override
	public boolean equals(Object obj) {
		return (obj instanceof AttributePath other) && this.elements.equals(other.elements);
	}

	@Override
	public int hashCode() {
		return this.elements.hashCode();
	}

	@Override
	public String toString() {
		return join(Function.identity());
	}

}
