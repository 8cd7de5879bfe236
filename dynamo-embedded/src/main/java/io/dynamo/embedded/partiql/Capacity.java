/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.Map;

import io.dynamo.embedded.capacity.ConsumedCapacity;

/**
 * Reads a {@code ConsumedCapacity} member (asked for at INDEXES detail) back into units,
 * so that the statements of a batch, or the partitions of one SELECT, are summed.
 */
final class Capacity {

	private Capacity() {
	}

	@SuppressWarnings("unchecked")
	static ConsumedCapacity of(Object member) {
		Map<String, Object> map = (Map<String, Object>) member;
		ConsumedCapacity capacity = new ConsumedCapacity((String) map.get("TableName"));
		Map<String, Object> table = (Map<String, Object>) map.get("Table");
		capacity.addTable(units((table != null) ? table : map));
		indexes(capacity, (Map<String, Object>) map.get("GlobalSecondaryIndexes"), true);
		indexes(capacity, (Map<String, Object>) map.get("LocalSecondaryIndexes"), false);
		return capacity;
	}

	@SuppressWarnings("unchecked")
	private static void indexes(ConsumedCapacity capacity, Map<String, Object> indexes, boolean global) {
		if (indexes != null) {
			indexes.forEach((name, units) -> capacity.addIndex(name, global, units((Map<String, Object>) units)));
		}
	}

	private static double units(Map<String, Object> map) {
		Object units = map.get("CapacityUnits");
		return (units != null) ? ((Number) units).doubleValue() : 0;
	}

}
