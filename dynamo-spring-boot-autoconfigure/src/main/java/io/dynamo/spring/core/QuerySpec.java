/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.jspecify.annotations.Nullable;

import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.Projection;

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
public final class QuerySpec<T> {

	private final Class<T> type;

	private final Object partitionValue;

	private @Nullable SortKeyCondition sortKey;

	private @Nullable String index;

	private @Nullable Condition filter;

	private @Nullable Projection projection;

	private boolean consistentRead;

	private boolean reverse;

	private int limit = Integer.MAX_VALUE;

	private @Nullable Integer pageSize;

	private QuerySpec(Class<T> type, Object partitionValue) {
		this.type = type;
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
	 * Query a global or local secondary index instead of the table.
	 * @param index the index name
	 * @return this spec
	 */
	public QuerySpec<T> index(String index) {
		this.index = index;
		return this;
	}

	/**
	 * Drop items that do not meet the filter (after they were read: they still consume
	 * capacity).
	 * @param filter the filter
	 * @return this spec
	 */
	public QuerySpec<T> filter(Condition filter) {
		this.filter = filter;
		return this;
	}

	/**
	 * Read only some attributes (key attributes are always read).
	 * @param projection the attributes
	 * @return this spec
	 */
	public QuerySpec<T> projection(Projection projection) {
		this.projection = projection;
		return this;
	}

	/**
	 * Read with strong consistency (tables and local indexes only).
	 * @return this spec
	 */
	public QuerySpec<T> consistentRead() {
		this.consistentRead = true;
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
	 * Return at most this many items in all.
	 * @param limit the maximum number of items
	 * @return this spec
	 */
	public QuerySpec<T> limit(int limit) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.limit = limit;
		return this;
	}

	/**
	 * Evaluate at most this many items per request (DynamoDB's {@code Limit}).
	 * @param pageSize the page size
	 * @return this spec
	 */
	public QuerySpec<T> pageSize(int pageSize) {
		Assert.isTrue(pageSize > 0, "pageSize must be positive");
		this.pageSize = pageSize;
		return this;
	}

	Class<T> type() {
		return this.type;
	}

	Object partitionValue() {
		return this.partitionValue;
	}

	@Nullable SortKeyCondition sortKeyCondition() {
		return this.sortKey;
	}

	@Nullable String indexName() {
		return this.index;
	}

	@Nullable Condition filterCondition() {
		return this.filter;
	}

	@Nullable Projection projectionSpec() {
		return this.projection;
	}

	boolean isConsistentRead() {
		return this.consistentRead;
	}

	boolean isReverse() {
		return this.reverse;
	}

	int limitValue() {
		return this.limit;
	}

	@Nullable Integer pageSizeValue() {
		return this.pageSize;
	}

}
