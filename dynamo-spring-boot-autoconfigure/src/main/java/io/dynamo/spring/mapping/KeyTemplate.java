/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A parsed key template such as {@code CUSTOMER#{customerId}}: renders a key value from
 * attribute values and parses one back into them.
 *
 * @author dynamo-spring-boot authors
 */
public final class KeyTemplate {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]+)}");

	private final String attribute;

	private final String template;

	private final List<String> literals = new ArrayList<>();

	private final List<String> placeholders = new ArrayList<>();

	private final Pattern parser;

	KeyTemplate(String attribute, String template) {
		this.attribute = attribute;
		this.template = template;
		Matcher matcher = PLACEHOLDER.matcher(template);
		int last = 0;
		StringBuilder regex = new StringBuilder("^");
		while (matcher.find()) {
			String literal = template.substring(last, matcher.start());
			if (!this.placeholders.isEmpty() && literal.isEmpty()) {
				throw new IllegalArgumentException("Key template '" + template + "' of attribute '" + attribute
						+ "' has placeholders with nothing between them; put a separator such as '#' between " + "{"
						+ this.placeholders.get(this.placeholders.size() - 1) + "} and {" + matcher.group(1)
						+ "} so that the key can be parsed back");
			}
			this.literals.add(literal);
			this.placeholders.add(matcher.group(1));
			regex.append(Pattern.quote(literal)).append("(.+?)");
			last = matcher.end();
		}
		if (this.placeholders.isEmpty()) {
			throw new IllegalArgumentException(
					"Key template '" + template + "' of attribute '" + attribute + "' has no {attribute} placeholder");
		}
		String tail = template.substring(last);
		this.literals.add(tail);
		regex.append(Pattern.quote(tail)).append('$');
		this.parser = Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	/**
	 * Return the key attribute this template builds.
	 * @return the attribute name
	 */
	public String attribute() {
		return this.attribute;
	}

	/**
	 * Return the names of the attributes the template reads.
	 * @return the placeholder names, in order
	 */
	public List<String> placeholders() {
		return this.placeholders;
	}

	/**
	 * Whether the template ends with a placeholder, so that a prefix of the last
	 * placeholder's value renders a prefix of the key.
	 * @return {@code true} when nothing follows the last placeholder
	 */
	public boolean endsWithPlaceholder() {
		return this.literals.get(this.literals.size() - 1).isEmpty();
	}

	/**
	 * Render the key from attribute values given as strings.
	 * @param values the value of each placeholder, or {@code null} when it is missing
	 * @param entityName the entity, for the error message
	 * @return the key value
	 */
	public String render(Function<String, @Nullable String> values, String entityName) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < this.placeholders.size(); i++) {
			String name = this.placeholders.get(i);
			String value = values.apply(name);
			if (value == null || value.isEmpty()) {
				throw new InvalidDataAccessApiUsageException("Cannot build key attribute '" + this.attribute + "' of "
						+ entityName + " from template '" + this.template + "': attribute '" + name + "' is "
						+ ((value == null) ? "missing" : "empty"));
			}
			String separator = this.literals.get(i + 1);
			if (i < this.placeholders.size() - 1 && value.contains(separator)) {
				throw new InvalidDataAccessApiUsageException("Cannot build key attribute '" + this.attribute + "' of "
						+ entityName + " from template '" + this.template + "': the value of '" + name
						+ "' contains the separator '" + separator + "', so the key could not be parsed back");
			}
			out.append(this.literals.get(i)).append(value);
		}
		return out.append(this.literals.get(this.literals.size() - 1)).toString();
	}

	/**
	 * Parse a key value back into the values of its placeholders.
	 * @param keyValue the stored key value
	 * @return placeholder to value, or an empty map when the value does not match
	 */
	public Map<String, String> parse(String keyValue) {
		Matcher matcher = this.parser.matcher(keyValue);
		Map<String, String> values = new LinkedHashMap<>();
		if (matcher.matches()) {
			for (int i = 0; i < this.placeholders.size(); i++) {
				values.put(this.placeholders.get(i), matcher.group(i + 1));
			}
		}
		return values;
	}

	@Override
	public String toString() {
		return this.attribute + "=" + this.template;
	}

}
