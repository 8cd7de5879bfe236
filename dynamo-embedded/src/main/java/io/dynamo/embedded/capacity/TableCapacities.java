/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The capacity of a multi-table request (batches, transactions), summed per table in the
 * order the tables were first met, with the read and write parts kept apart for the
 * responses that show them. Not thread-safe: one per request.
 */
public final class TableCapacities {

	private final Map<String, ConsumedCapacity> tables = new LinkedHashMap<>();

	private final Map<String, double[]> readWrite = new LinkedHashMap<>();

	/** Makes sure the table is listed, even when it consumed nothing. */
	public TableCapacities table(String tableName) {
		this.tables.computeIfAbsent(tableName, ConsumedCapacity::new);
		this.readWrite.computeIfAbsent(tableName, (name) -> new double[2]);
		return this;
	}

	/** Adds read units of a table. */
	public TableCapacities read(String tableName, double units) {
		table(tableName);
		this.tables.get(tableName).addTable(units);
		this.readWrite.get(tableName)[0] += units;
		return this;
	}

	/** Adds a write's units (table and indexes) of its table. */
	public TableCapacities write(ConsumedCapacity capacity) {
		table(capacity.tableName());
		this.tables.get(capacity.tableName()).add(capacity);
		this.readWrite.get(capacity.tableName())[1] += capacity.total();
		return this;
	}

	/**
	 * The {@code ConsumedCapacity} list of a response, or null for NONE.
	 * @param returnConsumedCapacity NONE, TOTAL, INDEXES or null
	 * @param split whether to show {@code ReadCapacityUnits} and
	 * {@code WriteCapacityUnits} beside the total, as transactions do
	 */
	public List<Map<String, Object>> toResponse(String returnConsumedCapacity, boolean split) {
		if (!ConsumedCapacity.requested(returnConsumedCapacity)) {
			return null;
		}
		List<Map<String, Object>> response = new ArrayList<>(this.tables.size());
		for (ConsumedCapacity capacity : this.tables.values()) {
			Map<String, Object> entry = capacity.toResponse(returnConsumedCapacity);
			if (split) {
				double[] parts = this.readWrite.get(capacity.tableName());
				if (parts[0] > 0) {
					entry.put("ReadCapacityUnits", parts[0]);
				}
				if (parts[1] > 0) {
					entry.put("WriteCapacityUnits", parts[1]);
				}
			}
			response.add(entry);
		}
		return response;
	}

}
