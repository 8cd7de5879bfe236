/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.capacity.WriteCapacity;
import io.dynamo.embedded.expression.AttributePath;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.SecondaryIndex;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * What single-item writes answer: returned values, consumed capacity, item collection
 * metrics, and the conditional-check failure with the item when asked.
 */
final class WriteResults {

	private WriteResults() {
	}

	/** The {@code ConditionalCheckFailedException}, with the item for ALL_OLD. */
	static DynamoException conditionFailed(String returnValuesOnFailure, Map<String, AttributeValue> oldItem) {
		DynamoException failure = DynamoException.conditionalCheckFailed("The conditional request failed");
		if ("ALL_OLD".equals(returnValuesOnFailure) && oldItem != null) {
			failure = failure.with("Item", oldItem);
		}
		return failure;
	}

	/** The response of a write: Attributes, ConsumedCapacity, ItemCollectionMetrics. */
	static Map<String, Object> response(Table table, TableDefinition definition, PrimaryKey key,
			Map<String, AttributeValue> attributes, Map<String, AttributeValue> oldItem,
			Map<String, AttributeValue> newItem, String returnConsumedCapacity, String returnItemCollectionMetrics) {
		Map<String, Object> response = new LinkedHashMap<>();
		if (attributes != null && !attributes.isEmpty()) {
			response.put("Attributes", attributes);
		}
		if (ConsumedCapacity.requested(returnConsumedCapacity)) {
			response.put("ConsumedCapacity",
					WriteCapacity.of(definition, oldItem, newItem).toResponse(returnConsumedCapacity));
		}
		if ("SIZE".equals(returnItemCollectionMetrics) && !definition.localIndexes().isEmpty()) {
			response.put("ItemCollectionMetrics", itemCollectionMetrics(table, definition, key));
		}
		return response;
	}

	/**
	 * The size of the item collection (the partition's items and their local index
	 * entries) as DynamoDB estimates it: a range of gigabytes around the size.
	 */
	static Map<String, Object> itemCollectionMetrics(Table table, TableDefinition definition, PrimaryKey key) {
		long bytes = 0;
		for (Map<String, AttributeValue> item : table.partition(key.hash()).values()) {
			bytes += Sizes.itemSize(item);
			for (IndexDefinition local : definition.localIndexes()) {
				SecondaryIndex index = table.index(local.name());
				if (index != null && local.keySchema().covers(item)) {
					bytes += Sizes.itemSize(local.project(item, definition.keySchema()));
				}
			}
		}
		double gb = bytes / (1024.0 * 1024 * 1024);
		double lower = Math.floor(gb);
		Map<String, Object> metrics = new LinkedHashMap<>();
		KeySchema schema = definition.keySchema();
		metrics.put("ItemCollectionKey", Map.of(schema.hash().name(), key.hash()));
		metrics.put("SizeEstimateRangeGB", List.of(BigDecimal.valueOf(lower), BigDecimal.valueOf(lower + 1)));
		return metrics;
	}

	/** The attributes at the given paths (UPDATED_OLD, UPDATED_NEW). */
	static Map<String, AttributeValue> atPaths(Map<String, AttributeValue> item, List<AttributePath> paths) {
		if (item == null || paths.isEmpty()) {
			return null;
		}
		return Projection.of(paths).apply(item);
	}

}
