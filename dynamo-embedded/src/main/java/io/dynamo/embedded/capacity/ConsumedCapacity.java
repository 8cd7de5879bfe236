/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The capacity one request consumed on one table: the table's units and each index's,
 * shaped as {@code ReturnConsumedCapacity} asks (TOTAL: the sum; INDEXES: the sum and its
 * parts). Not thread-safe: one per request and table.
 */
public final class ConsumedCapacity {

	private final String tableName;

	private double table;

	private final Map<String, Double> globalIndexes = new LinkedHashMap<>();

	private final Map<String, Double> localIndexes = new LinkedHashMap<>();

	public ConsumedCapacity(String tableName) {
		this.tableName = tableName;
	}

	public String tableName() {
		return this.tableName;
	}

	public ConsumedCapacity addTable(double units) {
		this.table += units;
		return this;
	}

	public ConsumedCapacity addIndex(String name, boolean global, double units) {
		(global ? this.globalIndexes : this.localIndexes).merge(name, units, Double::sum);
		return this;
	}

	/** Multiplies every part (transactions consume twice). */
	public ConsumedCapacity times(double factor) {
		this.table *= factor;
		this.globalIndexes.replaceAll((name, units) -> units * factor);
		this.localIndexes.replaceAll((name, units) -> units * factor);
		return this;
	}

	/** Adds another consumption of the same table (batches, transactions). */
	public ConsumedCapacity add(ConsumedCapacity other) {
		this.table += other.table;
		other.globalIndexes.forEach((name, units) -> this.globalIndexes.merge(name, units, Double::sum));
		other.localIndexes.forEach((name, units) -> this.localIndexes.merge(name, units, Double::sum));
		return this;
	}

	public double tableUnits() {
		return this.table;
	}

	public Map<String, Double> globalIndexUnits() {
		return this.globalIndexes;
	}

	public Map<String, Double> localIndexUnits() {
		return this.localIndexes;
	}

	/** The table's and its indexes' units together. */
	public double total() {
		double total = this.table;
		for (double units : this.globalIndexes.values()) {
			total += units;
		}
		for (double units : this.localIndexes.values()) {
			total += units;
		}
		return total;
	}

	/** Whether the request asked for consumed capacity (TOTAL or INDEXES). */
	public static boolean requested(String returnConsumedCapacity) {
		return "TOTAL".equals(returnConsumedCapacity) || "INDEXES".equals(returnConsumedCapacity);
	}

	/**
	 * The {@code ConsumedCapacity} member of a response, or null for NONE.
	 * @param returnConsumedCapacity NONE, TOTAL, INDEXES or null
	 */
	public Map<String, Object> toResponse(String returnConsumedCapacity) {
		if (!requested(returnConsumedCapacity)) {
			return null;
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("TableName", this.tableName);
		response.put("CapacityUnits", total());
		if ("INDEXES".equals(returnConsumedCapacity)) {
			response.put("Table", units(this.table));
			if (!this.localIndexes.isEmpty()) {
				response.put("LocalSecondaryIndexes", indexUnits(this.localIndexes));
			}
			if (!this.globalIndexes.isEmpty()) {
				response.put("GlobalSecondaryIndexes", indexUnits(this.globalIndexes));
			}
		}
		return response;
	}

	private static Map<String, Object> units(double units) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("CapacityUnits", units);
		return map;
	}

	private static Map<String, Object> indexUnits(Map<String, Double> indexes) {
		Map<String, Object> map = new LinkedHashMap<>();
		indexes.forEach((name, units) -> map.put(name, units(units)));
		return map;
	}

}
