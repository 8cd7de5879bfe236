/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * The entries of one secondary index: sparse (only items with the index key attributes,
 * of their declared types), each the item's projection.
 */
public final class SecondaryIndex {

	private final String name;

	private final KeySchema keySchema;

	private final SortedItems entries = new SortedItems();

	SecondaryIndex(IndexDefinition definition) {
		this.name = definition.name();
		this.keySchema = definition.keySchema();
	}

	public String name() {
		return this.name;
	}

	public SortedItems entries() {
		return this.entries;
	}

	/** The entry key of a table item, or null when the item is not in this index. */
	public StoreKey keyOf(Map<String, AttributeValue> item, KeySchema tableSchema) {
		if (item == null || !this.keySchema.covers(item)) {
			return null;
		}
		return StoreKey.ofIndex(this.keySchema, this.keySchema.keyOf(item), tableSchema, tableSchema.keyOf(item));
	}

	void apply(IndexDefinition definition, KeySchema tableSchema, Map<String, AttributeValue> oldItem,
			Map<String, AttributeValue> newItem) {
		StoreKey oldKey = keyOf(oldItem, tableSchema);
		StoreKey newKey = keyOf(newItem, tableSchema);
		if (oldKey != null && !oldKey.equals(newKey)) {
			this.entries.remove(oldKey);
		}
		if (newKey != null) {
			this.entries.put(newKey, definition.project(newItem, tableSchema));
		}
	}

}
