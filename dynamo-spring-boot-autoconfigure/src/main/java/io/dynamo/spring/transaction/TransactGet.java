/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.EntityKey;

/**
 * Keys of up to 100 items, across tables, read together by
 * {@link io.dynamo.spring.core.DynamoOperations#transactGet(TransactGet)} as one
 * {@code TransactGetItems} call: a strongly consistent, serializable snapshot of them.
 *
 * @author dynamo-spring-boot authors
 */
public final class TransactGet {

	private final List<EntityKey> keys = new ArrayList<>();

	private TransactGet() {
	}

	/**
	 * Start a transact get.
	 * @return an empty one
	 */
	public static TransactGet create() {
		return new TransactGet();
	}

	/**
	 * Read an item.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @return this transact get
	 */
	public TransactGet get(Class<?> type, Object partitionValue, @Nullable Object sortValue) {
		this.keys.add(new EntityKey(type, new DynamoKey(partitionValue, sortValue)));
		return this;
	}

	/**
	 * Read items.
	 * @param type the entity class
	 * @param keys the keys
	 * @return this transact get
	 */
	public TransactGet get(Class<?> type, Collection<DynamoKey> keys) {
		keys.forEach((key) -> this.keys.add(new EntityKey(type, key)));
		return this;
	}

	/**
	 * Return the keys, in the order the results come back.
	 * @return the keys
	 */
	public List<EntityKey> keys() {
		return Collections.unmodifiableList(this.keys);
	}

}
