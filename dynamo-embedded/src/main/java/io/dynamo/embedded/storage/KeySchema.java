/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * The key of a table or index: a partition (hash) attribute and an optional sort (range)
 * attribute.
 *
 * @param hash the partition key attribute
 * @param range the sort key attribute, or null
 */
public record KeySchema(KeyAttribute hash, KeyAttribute range) {

	public boolean hasRange() {
		return this.range != null;
	}

	/** Whether the attribute is one of this schema's keys. */
	public boolean isKey(String name) {
		return this.hash.name().equals(name) || (this.range != null && this.range.name().equals(name));
	}

	/**
	 * Whether the item has this schema's key attributes with their types (an item without
	 * them is not in a sparse index).
	 */
	public boolean covers(Map<String, AttributeValue> item) {
		AttributeValue hash = item.get(this.hash.name());
		if (hash == null || !hash.type().equals(this.hash.type())) {
			return false;
		}
		if (this.range == null) {
			return true;
		}
		AttributeValue range = item.get(this.range.name());
		return range != null && range.type().equals(this.range.type());
	}

	/** The primary key of an item that {@link #covers} this schema. */
	public PrimaryKey keyOf(Map<String, AttributeValue> item) {
		return new PrimaryKey(item.get(this.hash.name()), (this.range != null) ? item.get(this.range.name()) : null);
	}

}
