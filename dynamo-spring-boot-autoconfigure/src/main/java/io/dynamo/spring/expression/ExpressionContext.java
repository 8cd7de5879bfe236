/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the expression attribute names and values of one request, so that a condition,
 * an update and a projection of the same request share their placeholders. Names are
 * deduplicated; every value gets its own placeholder.
 *
 * @author dynamo-spring-boot authors
 */
public final class ExpressionContext {

	private final Map<String, String> placeholderByName = new HashMap<>();

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Map<String, AttributeValue> values = new LinkedHashMap<>();

	private final ValueConverter converter;

	private final Consumer<AttributePath> pathValidator;

	/**
	 * Create a context that converts values with the given converter and checks every
	 * path with the given validator.
	 * @param converter converts Java values to attribute values
	 * @param pathValidator throws for a path the target does not have
	 */
	public ExpressionContext(ValueConverter converter, Consumer<AttributePath> pathValidator) {
		this.converter = converter;
		this.pathValidator = pathValidator;
	}

	/**
	 * Create a context with the generic value converter and no path validation.
	 * @return a new context
	 */
	public static ExpressionContext create() {
		return new ExpressionContext(ValueConverter.DEFAULT, (path) -> {
		});
	}

	String name(String name) {
		return this.placeholderByName.computeIfAbsent(name, (key) -> {
			String placeholder = "#n" + this.names.size();
			this.names.put(placeholder, key);
			return placeholder;
		});
	}

	String path(AttributePath path) {
		this.pathValidator.accept(path);
		return path.render(this);
	}

	String value(AttributePath path, Object value) {
		return rawValue(this.converter.convert(path, value));
	}

	String rawValue(AttributeValue value) {
		String placeholder = ":v" + this.values.size();
		this.values.put(placeholder, value);
		return placeholder;
	}

	/**
	 * Return the expression attribute names collected so far.
	 * @return placeholder to name, or an empty map
	 */
	public Map<String, String> names() {
		return this.names;
	}

	/**
	 * Return the expression attribute values collected so far.
	 * @return placeholder to value, or an empty map
	 */
	public Map<String, AttributeValue> values() {
		return this.values;
	}

	/**
	 * Return the names, or {@code null} when there are none (DynamoDB rejects empty
	 * maps).
	 * @return the names or {@code null}
	 */
	public @Nullable Map<String, String> namesOrNull() {
		return this.names.isEmpty() ? null : this.names;
	}

	/**
	 * Return the values, or {@code null} when there are none (DynamoDB rejects empty
	 * maps).
	 * @return the values or {@code null}
	 */
	public @Nullable Map<String, AttributeValue> valuesOrNull() {
		return this.values.isEmpty() ? null : this.values;
	}

}
