/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.UnaryOperator;

import io.dynamo.embedded.model.AttributeValue;

/**
 * One table: its definition, its items and its secondary indexes. Reads take no lock.
 * Writes go through {@link Catalog#atomically}, which holds the item locks; the table's
 * structure lock (shared by writers, exclusive for DeleteTable) keeps writes out of a
 * table being dropped.
 */
public final class Table {

	private volatile TableDefinition definition;

	private final SortedItems items = new SortedItems();

	private volatile Map<String, SecondaryIndex> indexes;

	private final ReentrantReadWriteLock structure = new ReentrantReadWriteLock();

	private volatile boolean dropped;

	Table(TableDefinition definition) {
		this.definition = definition;
		Map<String, SecondaryIndex> indexes = new LinkedHashMap<>();
		for (IndexDefinition index : definition.indexes()) {
			indexes.put(index.name(), new SecondaryIndex(index));
		}
		this.indexes = Map.copyOf(indexes);
	}

	public String name() {
		return this.definition.name();
	}

	public TableDefinition definition() {
		return this.definition;
	}

	public KeySchema keySchema() {
		return this.definition.keySchema();
	}

	/** Whether the table was deleted (a reference held across DeleteTable). */
	public boolean dropped() {
		return this.dropped;
	}

	/** The item with that key, or null; the map is immutable. */
	public Map<String, AttributeValue> get(PrimaryKey key) {
		return this.items.get(StoreKey.of(keySchema(), key));
	}

	/** The table's items in scan order. */
	public SortedItems items() {
		return this.items;
	}

	/** One partition's items, in sort key order. */
	public NavigableMap<StoreKey, Map<String, AttributeValue>> partition(AttributeValue hash) {
		return this.items.all()
			.subMap(StoreKey.partition(hash, StoreKey.BEFORE), true, StoreKey.partition(hash, StoreKey.AFTER), true);
	}

	/** The entries of a secondary index, or null when there is none of that name. */
	public SecondaryIndex index(String name) {
		return this.indexes.get(name);
	}

	/** Changes the definition atomically (status, billing, tags, TTL, streams). */
	public synchronized TableDefinition redefine(UnaryOperator<TableDefinition> change) {
		this.definition = change.apply(this.definition);
		return this.definition;
	}

	synchronized SecondaryIndex addIndex(IndexDefinition index) {
		Map<String, SecondaryIndex> indexes = new LinkedHashMap<>(this.indexes);
		SecondaryIndex added = new SecondaryIndex(index);
		indexes.put(index.name(), added);
		this.indexes = Map.copyOf(indexes);
		return added;
	}

	synchronized void removeIndex(String name) {
		Map<String, SecondaryIndex> indexes = new LinkedHashMap<>(this.indexes);
		indexes.remove(name);
		this.indexes = Map.copyOf(indexes);
	}

	ReentrantReadWriteLock structure() {
		return this.structure;
	}

	void drop() {
		this.dropped = true;
	}

	/** The one place items change: the table, then every index. Item lock held. */
	void apply(PrimaryKey key, Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
		StoreKey storeKey = StoreKey.of(keySchema(), key);
		if (newItem != null) {
			this.items.put(storeKey, newItem);
		}
		else {
			this.items.remove(storeKey);
		}
		TableDefinition definition = this.definition;
		for (SecondaryIndex index : this.indexes.values()) {
			IndexDefinition indexDefinition = definition.index(index.name());
			if (indexDefinition != null) {
				index.apply(indexDefinition, definition.keySchema(), oldItem, newItem);
			}
		}
	}

	/** Adds an item to one index (backfill of a new global index). Item lock held. */
	void backfill(SecondaryIndex index, IndexDefinition definition, Map<String, AttributeValue> item) {
		index.apply(definition, keySchema(), null, item);
	}

}
