/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * The primary key of an entity's table: attribute names and, for single-table design, the
 * templates that build them.
 *
 * @param partitionKey the partition key attribute
 * @param sortKey the sort key attribute, or {@code null}
 * @param partitionTemplate the template of the partition key, or {@code null}
 * @param sortTemplate the template of the sort key, or {@code null}
 * @author dynamo-spring-boot authors
 */
record EntityKeys(String partitionKey, @Nullable String sortKey, @Nullable KeyTemplate partitionTemplate,
		@Nullable KeyTemplate sortTemplate) {

	void addTemplatedKeys(Map<String, AttributeValue> item, String entityName) {
		for (KeyTemplate template : templates()) {
			item.put(template.attribute(),
					AttributeValue.fromS(template.render((name) -> stringOf(item.get(name)), entityName)));
		}
	}

	void parseTemplatedKeys(Map<String, AttributeValue> item, Function<String, AttributeValueType> types) {
		for (KeyTemplate template : templates()) {
			AttributeValue keyValue = item.get(template.attribute());
			if (keyValue == null || keyValue.s() == null) {
				continue;
			}
			template.parse(keyValue.s()).forEach((name, value) -> {
				if (!item.containsKey(name)) {
					item.put(name, (types.apply(name) == AttributeValueType.N) ? AttributeValue.fromN(value)
							: AttributeValue.fromS(value));
				}
			});
		}
	}

	Map<String, AttributeValue> key(Object partitionValue, @Nullable Object sortValue,
			BiFunction<String, Object, AttributeValue> converter, String entityName) {
		Map<String, AttributeValue> key = new HashMap<>(4);
		key.put(this.partitionKey,
				keyValue(this.partitionKey, this.partitionTemplate, partitionValue, converter, entityName));
		if (this.sortKey != null) {
			if (sortValue == null) {
				throw new InvalidDataAccessApiUsageException("The table of " + entityName + " has the sort key '"
						+ this.sortKey + "': pass its value with the partition key value");
			}
			key.put(this.sortKey, keyValue(this.sortKey, this.sortTemplate, sortValue, converter, entityName));
		}
		else if (sortValue != null) {
			throw new InvalidDataAccessApiUsageException(
					"The table of " + entityName + " has no sort key: pass the partition key value only");
		}
		return key;
	}

	private static AttributeValue keyValue(String attribute, @Nullable KeyTemplate template, Object value,
			BiFunction<String, Object, AttributeValue> converter, String entityName) {
		if (template == null) {
			return converter.apply(attribute, value);
		}
		List<String> placeholders = template.placeholders();
		if (value instanceof Map<?, ?> values) {
			return AttributeValue.fromS(template.render((name) -> {
				Object placeholderValue = values.get(name);
				return (placeholderValue != null) ? stringOf(converter.apply(name, placeholderValue)) : null;
			}, entityName));
		}
		if (placeholders.size() != 1) {
			throw new InvalidDataAccessApiUsageException("Key '" + attribute + "' of " + entityName + " is built from "
					+ placeholders + ": pass a Map of those attribute values instead of a single value");
		}
		String single = placeholders.get(0);
		String rendered = stringOf(converter.apply(single, value));
		return AttributeValue.fromS(template.render((name) -> rendered, entityName));
	}

	AttributeValue partitionKeyValue(Object partitionValue, BiFunction<String, Object, AttributeValue> converter,
			String entityName) {
		return keyValue(this.partitionKey, this.partitionTemplate, partitionValue, converter, entityName);
	}

	AttributeValue sortKeyValue(Object sortValue, BiFunction<String, Object, AttributeValue> converter,
			String entityName) {
		if (this.sortKey == null) {
			throw new InvalidDataAccessApiUsageException(
					"The table of " + entityName + " has no sort key: pass the partition key value only");
		}
		return keyValue(this.sortKey, this.sortTemplate, sortValue, converter, entityName);
	}

	Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
		Map<String, AttributeValue> key = new HashMap<>(4);
		key.put(this.partitionKey, item.get(this.partitionKey));
		if (this.sortKey != null) {
			key.put(this.sortKey, item.get(this.sortKey));
		}
		return key;
	}

	boolean hasTemplates() {
		return this.partitionTemplate != null || this.sortTemplate != null;
	}

	private List<KeyTemplate> templates() {
		if (this.partitionTemplate == null && this.sortTemplate == null) {
			return List.of();
		}
		if (this.sortTemplate == null) {
			return List.of(this.partitionTemplate);
		}
		return (this.partitionTemplate != null) ? List.of(this.partitionTemplate, this.sortTemplate)
				: List.of(this.sortTemplate);
	}

	private static @Nullable String stringOf(@Nullable AttributeValue value) {
		if (value == null) {
			return null;
		}
		if (value.s() != null) {
			return value.s();
		}
		if (value.n() != null) {
			return value.n();
		}
		throw new InvalidDataAccessApiUsageException(
				"Key templates read strings and numbers only, not " + value.type() + " values");
	}

	@Override
	public String toString() {
		return this.partitionKey + ((this.sortKey != null) ? "/" + this.sortKey : "");
	}

}
