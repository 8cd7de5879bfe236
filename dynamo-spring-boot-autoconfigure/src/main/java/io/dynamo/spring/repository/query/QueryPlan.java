/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.util.List;

import io.dynamo.spring.mapping.IndexDefinition;
import org.jspecify.annotations.Nullable;

/**
 * What a derived query does, decided once at start-up: a key query on the table or one
 * index (partition-key equality, at most one sort-key condition, the other conditions as
 * the filter), or, for an {@link io.dynamo.spring.repository.AllowScan} method that no
 * key query serves, a scan whose filter holds every condition.
 *
 * @param scan whether the method scans
 * @param index the index read, or {@code null} for the table
 * @param partition the partition-key equality (null for a scan)
 * @param partitionTemplated whether the partition value is rendered through the table's
 * key template before it is sent (a local index of a templated table)
 * @param sort the sort-key condition, or {@code null}
 * @param sortTemplated whether the sort key is built from a template over the sort
 * condition's attribute
 * @param filter the filter: conditions joined by AND within a group, groups by OR (only
 * scans have more than one group)
 * @param sortAttribute the attribute a {@code Sort} or {@code OrderBy} may name, or
 * {@code null} when none may be named
 * @param reverse whether {@code OrderBy...Desc} reverses the order
 * @param keyAttributes the key attributes of the table and of the index read, the keys of
 * scroll positions
 * @author dynamo-spring-boot authors
 */
record QueryPlan(boolean scan, @Nullable IndexDefinition index, @Nullable Criterion partition,
		boolean partitionTemplated, @Nullable Criterion sort, boolean sortTemplated, List<List<Criterion>> filter,
		@Nullable String sortAttribute, boolean reverse, List<String> keyAttributes) {

	@Nullable String indexName() {
		return (this.index != null) ? this.index.name() : null;
	}

	String describe() {
		if (this.scan) {
			return "a scan of " + ((this.index != null) ? "index '" + this.index.name() + "'" : "the table");
		}
		return "a query of " + ((this.index != null) ? "index '" + this.index.name() + "'" : "the table");
	}

}
