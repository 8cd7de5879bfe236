/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.jspecify.annotations.Nullable;

/**
 * The key of an item as callers know it: the partition key value and, for tables with a
 * sort key, the sort key value (for templated keys, the placeholders' values).
 *
 * @param partition the partition key value
 * @param sort the sort key value, or {@code null} for a table without sort key
 * @author dynamo-spring-boot authors
 */
public record DynamoKey(Object partition, @Nullable Object sort) {

	/**
	 * A key of a table without sort key.
	 * @param partition the partition key value
	 * @return the key
	 */
	public static DynamoKey of(Object partition) {
		return new DynamoKey(partition, null);
	}

	/**
	 * A key of a table with a sort key.
	 * @param partition the partition key value
	 * @param sort the sort key value
	 * @return the key
	 */
	public static DynamoKey of(Object partition, Object sort) {
		return new DynamoKey(partition, sort);
	}

}
