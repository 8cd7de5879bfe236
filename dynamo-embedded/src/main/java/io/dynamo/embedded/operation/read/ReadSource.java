/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Keys;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.SecondaryIndex;
import io.dynamo.embedded.storage.SortedItems;
import io.dynamo.embedded.storage.StoreKey;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * What a Query or Scan reads: the table's items, or an index's entries (with the table
 * item fetched when a local index is asked for attributes it does not project).
 */
final class ReadSource {

	final Table table;

	final TableDefinition definition;

	final IndexDefinition index;

	final SortedItems store;

	final KeySchema schema;

	final boolean fetch;

	final List<String> keyNames;

	private ReadSource(Table table, IndexDefinition index, SortedItems store, boolean fetch) {
		this.table = table;
		this.definition = table.definition();
		this.index = index;
		this.store = store;
		this.schema = (index != null) ? index.keySchema() : this.definition.keySchema();
		this.fetch = fetch;
		List<String> names = new ArrayList<>();
		KeySchema tableSchema = this.definition.keySchema();
		names.add(tableSchema.hash().name());
		if (tableSchema.hasRange()) {
			names.add(tableSchema.range().name());
		}
		if (index != null) {
			if (!names.contains(this.schema.hash().name())) {
				names.add(this.schema.hash().name());
			}
			if (this.schema.hasRange() && !names.contains(this.schema.range().name())) {
				names.add(this.schema.range().name());
			}
		}
		this.keyNames = names;
	}

	/**
	 * The table, or the index of that name.
	 * @throws DynamoException for an unknown index, a consistent read of a global index
	 * and ALL_ATTRIBUTES from a global index that does not project them
	 */
	static ReadSource of(Table table, String indexName, String select, boolean consistentRead) {
		if (indexName == null) {
			return new ReadSource(table, null, table.items(), false);
		}
		IndexDefinition index = table.definition().index(indexName);
		SecondaryIndex entries = table.index(indexName);
		if (index == null || entries == null) {
			throw DynamoException.validation("The table does not have the specified index: " + indexName);
		}
		if (index.global() && consistentRead) {
			throw DynamoException.validation("Consistent reads are not supported on global secondary indexes");
		}
		boolean fetch = "ALL_ATTRIBUTES".equals(select) && !index.projectsAll();
		return new ReadSource(table, index, entries.entries(), fetch);
	}

	/**
	 * Refuses ALL_ATTRIBUTES on a global index that does not project them all (a local
	 * index fetches them from the table); the callers check it where DynamoDB does, after
	 * the rules of the key and the filter in a Query.
	 */
	void checkSelect() {
		if (this.fetch && this.index.global()) {
			throw DynamoException.validation(
					"One or more parameter values were invalid: Select type ALL_ATTRIBUTES is not supported for global secondary index "
							+ this.index.name() + " because its projection type is not ALL");
		}
	}

	/**
	 * The store key of an {@code ExclusiveStartKey} already checked against the schemas.
	 */
	StoreKey storeKey(Map<String, AttributeValue> startKey) {
		KeySchema tableSchema = this.definition.keySchema();
		PrimaryKey tableKey = tableSchema.keyOf(startKey);
		if (this.index == null) {
			return StoreKey.of(tableSchema, tableKey);
		}
		return StoreKey.ofIndex(this.schema, this.schema.keyOf(startKey), tableSchema, tableKey);
	}

	/** The table part of a start key, checked as a table key. */
	void checkTableKey(Map<String, AttributeValue> startKey) {
		KeySchema tableSchema = this.definition.keySchema();
		Map<String, AttributeValue> tableKey = new java.util.HashMap<>();
		tableKey.put(tableSchema.hash().name(), startKey.get(tableSchema.hash().name()));
		if (tableSchema.hasRange()) {
			tableKey.put(tableSchema.range().name(), startKey.get(tableSchema.range().name()));
		}
		tableKey.values().removeIf(java.util.Objects::isNull);
		try {
			Keys.key(tableKey, tableSchema);
		}
		catch (DynamoException ex) {
			throw DynamoException.validation("The provided starting key is invalid: " + ex.getMessage());
		}
	}

	/** The attributes of the page's last item that make its LastEvaluatedKey. */
	Map<String, AttributeValue> lastEvaluatedKey(Map<String, AttributeValue> item) {
		Map<String, AttributeValue> key = new java.util.LinkedHashMap<>();
		for (String name : this.keyNames) {
			AttributeValue value = item.get(name);
			if (value != null) {
				key.put(name, value);
			}
		}
		return key;
	}

	boolean isGlobalIndex() {
		return this.index != null && this.index.global();
	}

}
