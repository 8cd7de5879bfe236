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
 * A scan: every item of a table or secondary index, optionally filtered. Scans read the
 * whole table: use them where you mean to.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public final class ScanSpec<T> {

	private final Class<T> type;

	private @Nullable String index;

	private @Nullable Condition filter;

	private @Nullable Projection projection;

	private boolean consistentRead;

	private int limit = Integer.MAX_VALUE;

	private @Nullable Integer pageSize;

	private ScanSpec(Class<T> type) {
		this.type = type;
	}

	/**
	 * Scan the table of the given entity.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the spec
	 */
	public static <T> ScanSpec<T> of(Class<T> type) {
		return new ScanSpec<>(type);
	}

	/**
	 * Scan a secondary index instead of the table.
	 * @param index the index name
	 * @return this spec
	 */
	public ScanSpec<T> index(String index) {
		this.index = index;
		return this;
	}

	/**
	 * Drop items that do not meet the filter.
	 * @param filter the filter
	 * @return this spec
	 */
	public ScanSpec<T> filter(Condition filter) {
		this.filter = filter;
		return this;
	}

	/**
	 * Read only some attributes (key attributes are always read).
	 * @param projection the attributes
	 * @return this spec
	 */
	public ScanSpec<T> projection(Projection projection) {
		this.projection = projection;
		return this;
	}

	/**
	 * Read with strong consistency (tables and local indexes only).
	 * @return this spec
	 */
	public ScanSpec<T> consistentRead() {
		this.consistentRead = true;
		return this;
	}

	/**
	 * Return at most this many items in all.
	 * @param limit the maximum number of items
	 * @return this spec
	 */
	public ScanSpec<T> limit(int limit) {
		Assert.isTrue(limit > 0, "limit must be positive");
		this.limit = limit;
		return this;
	}

	/**
	 * Evaluate at most this many items per request (DynamoDB's {@code Limit}).
	 * @param pageSize the page size
	 * @return this spec
	 */
	public ScanSpec<T> pageSize(int pageSize) {
		Assert.isTrue(pageSize > 0, "pageSize must be positive");
		this.pageSize = pageSize;
		return this;
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

}
