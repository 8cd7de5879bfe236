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
 * Keys of any number of items, across tables, read with
 * {@link DynamoOperations#batchGet(BatchGet)}: split into requests of at most 100 keys,
 * unprocessed keys retried until done or a time bound. Repeated keys are read once.
 *
 * @author dynamo-spring-boot authors
 */
public final class BatchGet {

	private final List<EntityKey> keys = new ArrayList<>();

	private BatchGet() {
	}

	/**
	 * Start a batch.
	 * @return an empty batch
	 */
	public static BatchGet create() {
		return new BatchGet();
	}

	/**
	 * Read an item.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @return this batch
	 */
	public BatchGet get(Class<?> type, Object partitionValue, @Nullable Object sortValue) {
		this.keys.add(new EntityKey(type, new DynamoKey(partitionValue, sortValue)));
		return this;
	}

	/**
	 * Read items.
	 * @param type the entity class
	 * @param keys the keys
	 * @return this batch
	 */
	public BatchGet get(Class<?> type, Collection<DynamoKey> keys) {
		keys.forEach((key) -> this.keys.add(new EntityKey(type, key)));
		return this;
	}

	List<EntityKey> keys() {
		return this.keys;
	}

}
