/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * The key values of one item: its partition value and, for tables with a sort key, its
 * sort value. Equality is DynamoDB's (numbers by value, binaries by content).
 *
 * @param hash the partition key value
 * @param range the sort key value, or null
 */
public record PrimaryKey(AttributeValue hash, AttributeValue range) {

	/** The key as an attribute map, as responses show it. */
	public Map<String, AttributeValue> toItem(KeySchema schema) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		item.put(schema.hash().name(), this.hash);
		if (schema.range() != null) {
			item.put(schema.range().name(), this.range);
		}
		return item;
	}

}
