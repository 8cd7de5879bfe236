/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.util.Map;
import java.util.Objects;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * The write units of one item write on its table and indexes, by DynamoDB's rules for
 * secondary indexes: an entry put or removed costs one write of its size, an index key
 * change two (delete and put), an entry rewritten one of the larger size, and an item
 * outside the index (sparse) or an entry unchanged nothing.
 */
public final class WriteCapacity {

	private WriteCapacity() {
	}

	/**
	 * The units of changing {@code oldItem} into {@code newItem} (either may be null).
	 */
	public static ConsumedCapacity of(TableDefinition table, Map<String, AttributeValue> oldItem,
			Map<String, AttributeValue> newItem) {
		ConsumedCapacity capacity = new ConsumedCapacity(table.name());
		capacity.addTable(CapacityUnits.write(oldItem, newItem));
		for (IndexDefinition index : table.indexes()) {
			double units = indexUnits(index, table, oldItem, newItem);
			if (units > 0) {
				capacity.addIndex(index.name(), index.global(), units);
			}
		}
		return capacity;
	}

	private static double indexUnits(IndexDefinition index, TableDefinition table, Map<String, AttributeValue> oldItem,
			Map<String, AttributeValue> newItem) {
		Map<String, AttributeValue> oldEntry = (oldItem != null && index.keySchema().covers(oldItem))
				? index.project(oldItem, table.keySchema()) : null;
		Map<String, AttributeValue> newEntry = (newItem != null && index.keySchema().covers(newItem))
				? index.project(newItem, table.keySchema()) : null;
		if (oldEntry == null && newEntry == null) {
			return 0;
		}
		if (oldEntry == null) {
			return CapacityUnits.write(Sizes.itemSize(newEntry));
		}
		if (newEntry == null) {
			return CapacityUnits.write(Sizes.itemSize(oldEntry));
		}
		if (!index.keySchema().keyOf(oldEntry).equals(index.keySchema().keyOf(newEntry))) {
			return CapacityUnits.write(Sizes.itemSize(oldEntry)) + CapacityUnits.write(Sizes.itemSize(newEntry));
		}
		if (Objects.equals(oldEntry, newEntry)) {
			return 0;
		}
		return CapacityUnits.write(Math.max(Sizes.itemSize(oldEntry), Sizes.itemSize(newEntry)));
	}

}
