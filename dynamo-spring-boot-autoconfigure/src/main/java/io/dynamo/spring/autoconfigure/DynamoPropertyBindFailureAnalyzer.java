/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains a {@code dynamo.*} value that cannot be converted to its type (an unknown
 * retry mode, a malformed duration or URL), naming the property, the accepted values and
 * where the bad value came from. Values of secret properties are never shown.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoPropertyBindFailureAnalyzer extends AbstractFailureAnalyzer<BindException> implements Ordered {

	private static final Pattern SECRET = Pattern.compile(".*(secret|token|password|key|proxy\\.url).*");

	@Override
	protected @Nullable FailureAnalysis analyze(Throwable rootFailure, BindException cause) {
		ConfigurationProperty property = cause.getProperty();
		if (property == null || findCause(rootFailure, InvalidDynamoPropertyException.class) != null) {
			return null;
		}
		String name = property.getName().toString();
		if (!name.startsWith("dynamo.") && !name.startsWith("management.health.dynamo.")) {
			return null;
		}
		Class<?> type = cause.getTarget().getType().resolve(Object.class);
		String value = SECRET.matcher(name).matches() ? "(not shown)" : "'" + property.getValue() + "'";
		StringBuilder description = new StringBuilder("Invalid DynamoDB configuration: property '").append(name)
			.append("' has the value ")
			.append(value)
			.append(", which cannot be used as ")
			.append(describe(type))
			.append('.');
		if (property.getOrigin() != null) {
			description.append(" Origin: ").append(property.getOrigin()).append('.');
		}
		return new FailureAnalysis(description.toString(), action(name, type), cause);
	}

	private static String describe(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + enumValues(type);
		}
		if (type == java.time.Duration.class) {
			return "a duration";
		}
		if (type == java.net.URI.class) {
			return "a URL";
		}
		return "a " + type.getSimpleName();
	}

	private static String action(String name, Class<?> type) {
		if (type.isEnum()) {
			return "Set " + name + " to one of " + enumValues(type) + ".";
		}
		if (type == java.time.Duration.class) {
			return "Set " + name + " to a duration such as '5s', '500ms' or 'PT2M'.";
		}
		if (type == java.net.URI.class) {
			return "Set " + name + " to a full URL such as 'http://localhost:8000'.";
		}
		return "Set " + name + " to a valid " + type.getSimpleName() + ".";
	}

	private static String enumValues(Class<?> type) {
		return Arrays.stream(type.getEnumConstants())
			.map((constant) -> ((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'))
			.collect(Collectors.joining(", "));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
