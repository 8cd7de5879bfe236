/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.ValueOrder;

/**
 * A position in a sorted item store: the partition's {@link HashPrefix}, the partition
 * value, the sort value, and for index entries the prefix and key of the table item
 * (which orders entries with equal index keys as dynalite orders them and keeps them
 * apart). A bound holds only leading parts and an edge that puts it before ({@code -1})
 * or after ({@code +1}) every key that extends it, so that a partition or a sort key
 * range is one sub-map of the store.
 */
public final class StoreKey implements Comparable<StoreKey> {

	/** Before every key that starts with the given parts. */
	public static final int BEFORE = -1;

	/** After every key that starts with the given parts. */
	public static final int AFTER = 1;

	private final Object[] parts;

	private final int edge;

	private StoreKey(Object[] parts, int edge) {
		this.parts = parts;
		this.edge = edge;
	}

	/** The key of a table item. */
	public static StoreKey of(KeySchema schema, PrimaryKey key) {
		int prefix = HashPrefix.of(key.hash());
		return schema.hasRange() ? new StoreKey(new Object[] { prefix, key.hash(), key.range() }, 0)
				: new StoreKey(new Object[] { prefix, key.hash() }, 0);
	}

	/** The key of an index entry: the index key, then the table item's key. */
	public static StoreKey ofIndex(KeySchema indexSchema, PrimaryKey indexKey, KeySchema tableSchema,
			PrimaryKey tableKey) {
		Object[] parts = new Object[(indexSchema.hasRange() ? 3 : 2) + (tableSchema.hasRange() ? 3 : 2)];
		int i = 0;
		parts[i++] = HashPrefix.of(indexKey.hash());
		parts[i++] = indexKey.hash();
		if (indexSchema.hasRange()) {
			parts[i++] = indexKey.range();
		}
		parts[i++] = HashPrefix.of(tableKey.hash(), tableKey.range());
		parts[i++] = tableKey.hash();
		if (tableSchema.hasRange()) {
			parts[i] = tableKey.range();
		}
		return new StoreKey(parts, 0);
	}

	/** A bound around one partition. */
	public static StoreKey partition(AttributeValue hash, int edge) {
		return new StoreKey(new Object[] { HashPrefix.of(hash), hash }, edge);
	}

	/** A bound at a sort value inside one partition. */
	public static StoreKey sort(AttributeValue hash, AttributeValue range, int edge) {
		return new StoreKey(new Object[] { HashPrefix.of(hash), hash, range }, edge);
	}

	/** A bound at a hash prefix (parallel scan segments). */
	public static StoreKey prefix(int prefix, int edge) {
		return new StoreKey(new Object[] { prefix }, edge);
	}

	/** The partition's hash prefix. */
	public int hashPrefix() {
		return (Integer) this.parts[0];
	}

	@Override
	public int compareTo(StoreKey other) {
		int length = Math.min(this.parts.length, other.parts.length);
		for (int i = 0; i < length; i++) {
			int c = comparePart(this.parts[i], other.parts[i]);
			if (c != 0) {
				return c;
			}
		}
		if (this.parts.length == other.parts.length) {
			return Integer.compare(this.edge, other.edge);
		}
		if (this.parts.length < other.parts.length) {
			return (this.edge > 0) ? 1 : -1;
		}
		return (other.edge > 0) ? -1 : 1;
	}

	private static int comparePart(Object a, Object b) {
		if (a instanceof Integer ia) {
			return Integer.compare(ia, (Integer) b);
		}
		return ValueOrder.compare((AttributeValue) a, (AttributeValue) b);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof StoreKey key && compareTo(key) == 0;
	}

	@Override
	public int hashCode() {
		return java.util.Arrays.hashCode(this.parts) * 31 + this.edge;
	}

}
