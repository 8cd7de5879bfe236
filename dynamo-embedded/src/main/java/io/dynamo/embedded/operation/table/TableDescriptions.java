/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.SecondaryIndex;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;
import io.dynamo.embedded.storage.Throughput;

/**
 * The {@code TableDescription} of DescribeTable, CreateTable, UpdateTable and
 * DeleteTable.
 */
public final class TableDescriptions {

	private TableDescriptions() {
	}

	/** The description of a table as it is now, counts included. */
	public static Map<String, Object> describe(Table table) {
		return describe(table, table.definition());
	}

	/** The description of a table with the given definition (a status to show). */
	public static Map<String, Object> describe(Table table, TableDefinition definition) {
		Map<String, Object> description = new LinkedHashMap<>();
		List<Object> attributes = new ArrayList<>();
		definition.attributeDefinitions()
			.forEach((name, type) -> attributes.add(map("AttributeName", name, "AttributeType", type)));
		description.put("AttributeDefinitions", attributes);
		description.put("TableName", definition.name());
		description.put("KeySchema", keySchema(definition.keySchema()));
		description.put("TableStatus", definition.status());
		description.put("CreationDateTime", seconds(definition.created()));
		description.put("ProvisionedThroughput", throughput(definition.throughput()));
		description.put("TableSizeBytes", table.items().bytes());
		description.put("ItemCount", table.items().count());
		description.put("TableArn", definition.arn());
		description.put("TableId", definition.tableId());
		if (definition.onDemand() || definition.lastPayPerRequest() != null) {
			Map<String, Object> billing = new LinkedHashMap<>();
			billing.put("BillingMode", definition.billingMode());
			if (definition.lastPayPerRequest() != null) {
				billing.put("LastUpdateToPayPerRequestDateTime", seconds(definition.lastPayPerRequest()));
			}
			description.put("BillingModeSummary", billing);
		}
		if (!definition.localIndexes().isEmpty()) {
			List<Object> indexes = new ArrayList<>();
			for (IndexDefinition index : definition.localIndexes()) {
				indexes.add(index(table, index));
			}
			description.put("LocalSecondaryIndexes", indexes);
		}
		if (!definition.globalIndexes().isEmpty()) {
			List<Object> indexes = new ArrayList<>();
			for (IndexDefinition index : definition.globalIndexes()) {
				indexes.add(index(table, index));
			}
			description.put("GlobalSecondaryIndexes", indexes);
		}
		if (definition.stream().enabled()) {
			description.put("StreamSpecification",
					map("StreamEnabled", true, "StreamViewType", definition.stream().viewType()));
		}
		if (definition.stream().label() != null) {
			description.put("LatestStreamLabel", definition.stream().label());
			description.put("LatestStreamArn", definition.stream().arn());
		}
		description.put("DeletionProtectionEnabled", false);
		return description;
	}

	private static Map<String, Object> index(Table table, IndexDefinition index) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("IndexName", index.name());
		description.put("KeySchema", keySchema(index.keySchema()));
		Map<String, Object> projection = new LinkedHashMap<>();
		projection.put("ProjectionType", index.projectionType());
		if (!index.nonKeyAttributes().isEmpty()) {
			projection.put("NonKeyAttributes", index.nonKeyAttributes());
		}
		description.put("Projection", projection);
		if (index.global()) {
			description.put("IndexStatus", index.status());
			description.put("ProvisionedThroughput", throughput(index.throughput()));
		}
		SecondaryIndex entries = table.index(index.name());
		description.put("IndexSizeBytes", (entries != null) ? entries.entries().bytes() : 0L);
		description.put("ItemCount", (entries != null) ? entries.entries().count() : 0L);
		description.put("IndexArn", index.arn());
		return description;
	}

	static List<Object> keySchema(KeySchema schema) {
		List<Object> elements = new ArrayList<>();
		elements.add(map("AttributeName", schema.hash().name(), "KeyType", "HASH"));
		if (schema.hasRange()) {
			elements.add(map("AttributeName", schema.range().name(), "KeyType", "RANGE"));
		}
		return elements;
	}

	static Map<String, Object> throughput(Throughput throughput) {
		Map<String, Object> map = new LinkedHashMap<>();
		if (throughput.lastIncrease() != null) {
			map.put("LastIncreaseDateTime", seconds(throughput.lastIncrease()));
		}
		if (throughput.lastDecrease() != null) {
			map.put("LastDecreaseDateTime", seconds(throughput.lastDecrease()));
		}
		map.put("NumberOfDecreasesToday", throughput.decreasesToday());
		map.put("ReadCapacityUnits", throughput.read());
		map.put("WriteCapacityUnits", throughput.write());
		return map;
	}

	/** Epoch seconds with milliseconds, as DynamoDB writes timestamps. */
	public static BigDecimal seconds(Instant instant) {
		return BigDecimal.valueOf(instant.toEpochMilli()).movePointLeft(3);
	}

	static Map<String, Object> map(String k1, Object v1, String k2, Object v2) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put(k1, v1);
		map.put(k2, v2);
		return map;
	}

}
