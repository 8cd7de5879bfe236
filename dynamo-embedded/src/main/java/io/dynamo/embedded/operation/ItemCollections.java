/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.ItemRef;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * {@code ItemCollectionMetrics} of multi-item writes (batches, transactions): for each
 * table with local secondary indexes, one entry per item collection (partition) written,
 * with DynamoDB's size estimate, a range of gigabytes around the collection's size.
 */
public final class ItemCollections {

	private ItemCollections() {
	}

	/**
	 * The {@code ItemCollectionMetrics} member: table name to its collections, for the
	 * written items of tables that have local indexes; empty when there are none.
	 */
	public static Map<String, Object> metrics(List<ItemRef> written) {
		Map<String, Set<AttributeValue>> partitions = new LinkedHashMap<>();
		Map<String, Table> tables = new LinkedHashMap<>();
		for (ItemRef ref : written) {
			if (ref.table().definition().localIndexes().isEmpty()) {
				continue;
			}
			tables.put(ref.table().name(), ref.table());
			partitions.computeIfAbsent(ref.table().name(), (name) -> new LinkedHashSet<>()).add(ref.key().hash());
		}
		Map<String, Object> metrics = new LinkedHashMap<>();
		partitions.forEach((name, hashes) -> {
			List<Object> collections = new ArrayList<>();
			for (AttributeValue hash : hashes) {
				collections.add(collection(tables.get(name), hash));
			}
			metrics.put(name, collections);
		});
		return metrics;
	}

	/** One collection's metrics: its key and its size estimate. */
	public static Map<String, Object> collection(Table table, AttributeValue hash) {
		TableDefinition definition = table.definition();
		long bytes = 0;
		for (Map<String, AttributeValue> item : table.partition(hash).values()) {
			bytes += Sizes.itemSize(item);
			for (IndexDefinition local : definition.localIndexes()) {
				if (local.keySchema().covers(item)) {
					bytes += Sizes.itemSize(local.project(item, definition.keySchema()));
				}
			}
		}
		double lower = Math.floor(bytes / (1024.0 * 1024 * 1024));
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("ItemCollectionKey", Map.of(definition.keySchema().hash().name(), hash));
		metrics.put("SizeEstimateRangeGB", List.of(BigDecimal.valueOf(lower), BigDecimal.valueOf(lower + 1)));
		return metrics;
	}

}
