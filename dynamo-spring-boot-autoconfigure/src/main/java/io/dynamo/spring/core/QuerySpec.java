/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.util.Assert;

/**
 * A query: the items of one partition of a table or a secondary index, optionally
 * narrowed by a sort-key condition and a filter.
 *
 * <pre class="code">
 * QuerySpec&lt;Order&gt; spec = QuerySpec.of(Order.class, "alice")
 *     .sortKey(SortKeyCondition.beginsWith("2026-"))
 *     .filter(where("total").gt(100))
 *     .reverse()
 *     .limit(50);
 * </pre>
 *
 * {@code limit} caps the items returned in all; {@code pageSize} is DynamoDB's
 * {@code Limit}, the items evaluated per request. Specs are mutable builders; build one
 * per query.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public final class QuerySpec<T> extends ReadSpec<T, QuerySpec<T>> {

	private final Object partitionValue;

	private @Nullable SortKeyCondition sortKey;

	private boolean reverse;

	private @Nullable Map<String, AttributeValue> startKey;

	private QuerySpec(Class<T> type, Object partitionValue) {
		super(type);
		this.partitionValue = partitionValue;
	}

	/**
	 * Query the partition with the given key value (of the table, or of the index set
	 * with {@link #index(String)}).
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @return the spec
	 */
	public static <T> QuerySpec<T> of(Class<T> type, Object partitionValue) {
		Assert.notNull(partitionValue, "A query needs a partition key value");
		return new QuerySpec<>(type, partitionValue);
	}

	/**
	 * Narrow the partition by the sort key.
	 * @param condition the sort-key condition
	 * @return this spec
	 */
	public QuerySpec<T> sortKey(SortKeyCondition condition) {
		this.sortKey = condition;
		return this;
	}

	/**
	 * Return items in descending sort-key order.
	 * @return this spec
	 */
	public QuerySpec<T> reverse() {
		this.reverse = true;
		return this;
	}

	/**
	 * Start after the item with the given key (DynamoDB's {@code ExclusiveStartKey}): the
	 * key attributes of the table and, for an index, of the index, as stored. Streams and
	 * first pages (no page token) start there; counts ignore it. Keyset scrolling uses
	 * it; web APIs should prefer the authenticated page tokens of
	 * {@link DynamoOperations#queryPage(QuerySpec, String)}.
	 * @param startKey the key of the item to start after
	 * @return this spec
	 */
	public QuerySpec<T> startAfter(Map<String, AttributeValue> startKey) {
		this.startKey = Map.copyOf(startKey);
		return this;
	}

	Object partitionValue() {
		return this.partitionValue;
	}

	@Nullable SortKeyCondition sortKeyCondition() {
		return this.sortKey;
	}

	boolean isReverse() {
		return this.reverse;
	}

	@Nullable Map<String, AttributeValue> startKey() {
		return this.startKey;
	}

}
