/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * A secondary index as declared: global or local, its key, its projection and (global
 * ones) its throughput and status.
 *
 * @param name the index name
 * @param global whether it is a global secondary index
 * @param keySchema the index key
 * @param projectionType ALL, KEYS_ONLY or INCLUDE
 * @param nonKeyAttributes the attributes INCLUDE projects, empty otherwise
 * @param throughput the index throughput (global indexes), or null
 * @param status ACTIVE, CREATING, DELETING
 * @param arn the index ARN
 */
public record IndexDefinition(String name, boolean global, KeySchema keySchema, String projectionType,
		List<String> nonKeyAttributes, Throughput throughput, String status, String arn) {

	public IndexDefinition {
		nonKeyAttributes = List.copyOf(nonKeyAttributes);
	}

	public IndexDefinition withStatus(String status) {
		return new IndexDefinition(this.name, this.global, this.keySchema, this.projectionType, this.nonKeyAttributes,
				this.throughput, status, this.arn);
	}

	public IndexDefinition withThroughput(Throughput throughput) {
		return new IndexDefinition(this.name, this.global, this.keySchema, this.projectionType, this.nonKeyAttributes,
				throughput, this.status, this.arn);
	}

	/** Whether every attribute of an item is in this index. */
	public boolean projectsAll() {
		return "ALL".equals(this.projectionType);
	}

	/** Whether this index holds the attribute (keys always, then by projection). */
	public boolean projects(String attribute, KeySchema tableSchema) {
		return projectsAll() || this.keySchema.isKey(attribute) || tableSchema.isKey(attribute)
				|| this.nonKeyAttributes.contains(attribute);
	}

	/** The index entry of a table item that has the index key attributes. */
	public Map<String, AttributeValue> project(Map<String, AttributeValue> item, KeySchema tableSchema) {
		if (projectsAll()) {
			return item;
		}
		Map<String, AttributeValue> entry = new HashMap<>();
		copy(item, entry, tableSchema.hash().name());
		if (tableSchema.range() != null) {
			copy(item, entry, tableSchema.range().name());
		}
		copy(item, entry, this.keySchema.hash().name());
		if (this.keySchema.range() != null) {
			copy(item, entry, this.keySchema.range().name());
		}
		for (String attribute : this.nonKeyAttributes) {
			copy(item, entry, attribute);
		}
		return java.util.Collections.unmodifiableMap(entry);
	}

	private static void copy(Map<String, AttributeValue> from, Map<String, AttributeValue> to, String name) {
		AttributeValue value = from.get(name);
		if (value != null) {
			to.put(name, value);
		}
	}

}
