/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Puts and deletes of any number of items, across tables, written with
 * {@link DynamoOperations#batchWrite(BatchWrite)}: split into requests of at most 25
 * items and 16 MB, run with bounded parallelism, unprocessed items resubmitted until done
 * or a time bound.
 *
 * @author dynamo-spring-boot authors
 */
public final class BatchWrite {

	private final List<Object> puts = new ArrayList<>();

	private final List<EntityKey> deletes = new ArrayList<>();

	private BatchWrite() {
	}

	/**
	 * Start a batch.
	 * @return an empty batch
	 */
	public static BatchWrite create() {
		return new BatchWrite();
	}

	/**
	 * Put entities (replacing items with the same keys).
	 * @param entities the entities
	 * @return this batch
	 */
	public BatchWrite put(Object... entities) {
		return put(List.of(entities));
	}

	/**
	 * Put entities (replacing items with the same keys).
	 * @param entities the entities
	 * @return this batch
	 */
	public BatchWrite put(Collection<?> entities) {
		this.puts.addAll(entities);
		return this;
	}

	/**
	 * Delete an item by key.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @return this batch
	 */
	public BatchWrite delete(Class<?> type, Object partitionValue, @Nullable Object sortValue) {
		this.deletes.add(new EntityKey(type, new DynamoKey(partitionValue, sortValue)));
		return this;
	}

	/**
	 * Delete items by key.
	 * @param type the entity class
	 * @param keys the keys
	 * @return this batch
	 */
	public BatchWrite delete(Class<?> type, Collection<DynamoKey> keys) {
		keys.forEach((key) -> this.deletes.add(new EntityKey(type, key)));
		return this;
	}

	List<Object> puts() {
		return this.puts;
	}

	List<EntityKey> deletes() {
		return this.deletes;
	}

	/**
	 * Return the number of writes in this batch.
	 * @return puts plus deletes
	 */
	public int size() {
		return this.puts.size() + this.deletes.size();
	}

}
