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
 * What queries and scans share: the entity, an optional index, a filter, a projection,
 * consistency, the total limit and the page size.
 *
 * @param <T> the entity type
 * @param <S> the concrete spec type, returned by the fluent methods
 * @author dynamo-spring-boot authors
 */
public abstract sealed class ReadSpec<T, S extends ReadSpec<T, S>> permits QuerySpec, ScanSpec {

	private final Class<T> type;

	private @Nullable String index;

	private @Nullable Condition filter;

	private @Nullable Projection projection;

	private boolean consistentRead;

	private int limit = Integer.MAX_VALUE;

	private @Nullable Integer pageSize;

	ReadSpec(Class<T> type) {
		Assert.notNull(type, "'type' must not be null");
		this.type = type;
	}

	@SuppressWarnings("unchecked")
	private S self() {
		return (S) this;
	}

	/**
	 * Read a global or local secondary index instead of the table.
	 * @param index the index name
	 * @return this spec
	 */
	public S index(String index) {
		this.index = index;
		return self();
	}

	/**
	 * Drop items that do not meet the filter (after they were read: they still consume
	 * capacity).
	 * @param filter the filter
	 * @return this spec
	 */
	public S filter(Condition filter) {
		this.filter = filter;
		return self();
	}

	/**
	 * Read only some attributes (key attributes are always read).
	 * @param projection the attributes
	 * @return this spec
	 */
	public S projection(Projection projection) {
		this.projection = projection;
		return self();
	}

	/**
	 * Read with strong consistency (tables and local indexes only).
	 * @return this spec
	 */
	public S consistentRead() {
		this.consistentRead = true;
		return self();
	}

	/**
	 * Return at most this many items in all.
	 * @param limit the maximum number of items
	 * @return this spec
	 */
	public S limit(int limit) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.limit = limit;
		return self();
	}

	/**
	 * Evaluate at most this many items per request (DynamoDB's {@code Limit}).
	 * @param pageSize the page size
	 * @return this spec
	 */
	public S pageSize(int pageSize) {
		Assert.isTrue(pageSize > 0, "pageSize must be positive");
		this.pageSize = pageSize;
		return self();
	}

	Class<T> type() {
		return this.type;
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

	int limitValue() {
		return this.limit;
	}

	@Nullable Integer pageSizeValue() {
		return this.pageSize;
	}

	/**
	 * The page size of a single-page read: the page size, else the limit, else none.
	 * @return the {@code Limit} of the request
	 */
	@Nullable Integer singlePageLimit() {
		if (this.pageSize != null) {
			return this.pageSize;
		}
		return (this.limit != Integer.MAX_VALUE) ? this.limit : null;
	}

}
