/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.Json;

/**
 * Member constraints checked as DynamoDB's request validator checks them: required
 * members and table names first (one error at once), then the other constraints
 * collected, at most ten, in one {@code ValidationException}: "2 validation errors
 * detected: Value 'x' at 'tableName' failed to satisfy constraint: ...; ...".
 */
public final class Constraints {

	/** The pattern of table and index names. */
	public static final String NAME_PATTERN = "[a-zA-Z0-9_.-]+";

	private static final Pattern NAME = Pattern.compile(NAME_PATTERN);

	/**
	 * Whether a table or index name has only the characters DynamoDB allows (its length
	 * is checked apart), with the pattern compiled once.
	 * @param name the name
	 * @return {@code true} if every character is allowed
	 */
	public static boolean isName(String name) {
		return NAME.matcher(name).matches();
	}

	private final List<String> errors = new ArrayList<>();

	/** Refuses a missing required member at once. */
	public static void required(String member, Object value) {
		if (value == null) {
			throw DynamoException
				.validation("The parameter '" + member + "' is required but was not present in the request");
		}
	}

	/**
	 * A required table name: present, 3 to 255 characters (its pattern is checked later).
	 */
	public static void requiredTableName(String member, String value) {
		required(member, value);
		tableNameLength(member, value);
	}

	/** The length rule of a table name, refused at once. */
	public static void tableNameLength(String member, String value) {
		if (value != null && (value.length() < 3 || value.length() > 255)) {
			throw DynamoException
				.validation(member + " must be at least 3 characters long and at most 255 characters long");
		}
	}

	public Constraints notNull(String path, Object value) {
		if (value == null) {
			add(null, path, "Member must not be null");
		}
		return this;
	}

	/**
	 * The rules of a required table name of the item and read operations, collected with
	 * the request's other errors as DynamoDB lists them: present, its pattern, 3 to 255
	 * characters.
	 */
	public Constraints tableName(String path, String value) {
		return notNull(path, value).name(path, value).minLength(path, value, 3).maxLength(path, value, 255);
	}

	/** A table or index name's pattern. */
	public Constraints name(String path, String value) {
		return regex(path, value, NAME, NAME_PATTERN);
	}

	public Constraints regex(String path, String value, Pattern pattern, String shown) {
		if (value != null && !pattern.matcher(value).matches()) {
			add(value, path, "Member must satisfy regular expression pattern: " + shown);
		}
		return this;
	}

	public Constraints oneOf(String path, String value, String... allowed) {
		if (value != null && !List.of(allowed).contains(value)) {
			add(value, path, "Member must satisfy enum value set: [" + String.join(", ", allowed) + "]");
		}
		return this;
	}

	public Constraints atLeast(String path, Number value, long min) {
		if (value != null && value.doubleValue() < min) {
			add(value, path, "Member must have value greater than or equal to " + min);
		}
		return this;
	}

	public Constraints atMost(String path, Number value, long max) {
		if (value != null && value.doubleValue() > max) {
			add(value, path, "Member must have value less than or equal to " + max);
		}
		return this;
	}

	/** Length of a string, a list or a map at least {@code min}. */
	public Constraints minLength(String path, Object value, int min) {
		if (value != null && length(value) < min) {
			add(value, path, "Member must have length greater than or equal to " + min);
		}
		return this;
	}

	public Constraints maxLength(String path, Object value, int max) {
		if (value != null && length(value) > max) {
			add(value, path, "Member must have length less than or equal to " + max);
		}
		return this;
	}

	/** Adds an error of a rule of the caller's own. */
	public Constraints add(Object value, String path, String rule) {
		if (this.errors.size() < 10) {
			String shown = (value == null) ? "null" : "'" + show(value) + "'";
			this.errors.add("Value " + shown + " at '" + path + "' failed to satisfy constraint: " + rule);
		}
		return this;
	}

	public boolean isEmpty() {
		return this.errors.isEmpty();
	}

	/** Throws the collected errors, if any. */
	public void check() {
		if (!this.errors.isEmpty()) {
			int n = this.errors.size();
			throw DynamoException.validation(
					n + " validation error" + ((n > 1) ? "s" : "") + " detected: " + String.join("; ", this.errors));
		}
	}

	private static int length(Object value) {
		if (value instanceof String s) {
			return s.length();
		}
		if (value instanceof Collection<?> c) {
			return c.size();
		}
		if (value instanceof Map<?, ?> m) {
			return m.size();
		}
		return 0;
	}

	private static String show(Object value) {
		if (value instanceof Collection<?> c) {
			List<String> parts = new ArrayList<>();
			for (Object element : c) {
				parts.add(show(element));
			}
			return "[" + String.join(", ", parts) + "]";
		}
		if (value instanceof Map<?, ?> map) {
			// structures are shown as their JSON
			@SuppressWarnings("unchecked")
			Map<String, ?> tree = (Map<String, ?>) map;
			return new String(Json.write(tree), StandardCharsets.UTF_8);
		}
		return String.valueOf(value);
	}

}
