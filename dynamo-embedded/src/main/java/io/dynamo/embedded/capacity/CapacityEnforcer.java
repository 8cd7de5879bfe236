/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.OperationHook;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.RequestTables;
import io.dynamo.embedded.protocol.AttributeValues;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * Enforces capacity as DynamoDB does, when switched on: a provisioned table and each of
 * its global secondary indexes refill their read and write units per second up to a burst
 * allowance (300 seconds of unused capacity by default, as DynamoDB keeps); a request is
 * refused with {@code ProvisionedThroughputExceededException} and its throttling reason
 * while a bucket it needs is empty, and pays the capacity it really consumed after it
 * ran. On-demand tables may be given DynamoDB's per-partition limit (3,000 read and 1,000
 * write units per second for each partition key value) for single-item actions.
 */
public final class CapacityEnforcer implements OperationHook {

	/** DynamoDB's per-partition read limit, in units per second. */
	public static final double PARTITION_READ_UNITS = 3000;

	/** DynamoDB's per-partition write limit, in units per second. */
	public static final double PARTITION_WRITE_UNITS = 1000;

	private static final Set<String> VALUES = Set.of("NONE", "TOTAL", "INDEXES");

	private static final Set<String> SINGLE_ITEM = Set.of("GetItem", "PutItem", "UpdateItem", "DeleteItem");

	private final Catalog catalog;

	private final Clock clock;

	private final double burstSeconds;

	private final boolean partitionLimits;

	private final Map<String, CapacityBucket> buckets = new ConcurrentHashMap<>();

	/**
	 * @param catalog the tables, for their throughput
	 * @param clock the engine's clock (buckets refill on it)
	 * @param burst the burst allowance: how much unused capacity a bucket keeps
	 * @param partitionLimits whether on-demand tables get DynamoDB's per-partition limit
	 */
	public CapacityEnforcer(Catalog catalog, Clock clock, Duration burst, boolean partitionLimits) {
		this.catalog = catalog;
		this.clock = clock;
		this.burstSeconds = burst.toMillis() / 1000.0;
		this.partitionLimits = partitionLimits;
	}

	@Override
	public Map<String, Object> around(Request request, Operation operation) {
		String name = request.operation();
		if (!RequestTables.dataPlane(name)) {
			return operation.execute(request);
		}
		String asked = request.string("ReturnConsumedCapacity");
		if (asked != null && !VALUES.contains(asked)) {
			// let the operation refuse the value as DynamoDB does
			return operation.execute(request);
		}
		boolean read = reads(request);
		long now = this.clock.millis();
		for (String tableName : RequestTables.of(request)) {
			admit(request, tableName, read, now);
		}
		Map<String, Object> body = new LinkedHashMap<>(request.body());
		body.put("ReturnConsumedCapacity", "INDEXES");
		Map<String, Object> response = new LinkedHashMap<>(operation.execute(new Request(name, body)));
		Object consumed = response.get("ConsumedCapacity");
		if (consumed instanceof Map<?, ?> single) {
			charge(request, single, read, now);
			response.put("ConsumedCapacity", shaped(single, asked));
		}
		else if (consumed instanceof List<?> list) {
			for (Object each : list) {
				charge(request, (Map<?, ?>) each, read, now);
			}
			response.put("ConsumedCapacity",
					asked(asked) ? list.stream().map((each) -> shaped((Map<?, ?>) each, asked)).toList() : null);
		}
		if (response.get("ConsumedCapacity") == null) {
			response.remove("ConsumedCapacity");
		}
		return response;
	}

	private void admit(Request request, String tableName, boolean read, long now) {
		Table table = this.catalog.table(tableName);
		if (table == null) {
			return;
		}
		TableDefinition definition = table.definition();
		String kind = read ? "Read" : "Write";
		if (!definition.onDemand()) {
			if (!bucket(definition, null, read, now).admits(now)) {
				throw Throttles.provisionedThroughputExceeded("Table" + kind + "ProvisionedThroughputExceeded",
						definition.arn(), false);
			}
			for (IndexDefinition index : definition.globalIndexes()) {
				boolean queried = index.name().equals(request.body().get("IndexName"));
				if ((read && queried || !read) && !bucket(definition, index, read, now).admits(now)) {
					throw Throttles.provisionedThroughputExceeded("Index" + kind + "ProvisionedThroughputExceeded",
							index.arn(), false);
				}
			}
		}
		else if (this.partitionLimits && SINGLE_ITEM.contains(request.operation())) {
			CapacityBucket partition = partitionBucket(definition, request, read, now);
			if (partition != null && !partition.admits(now)) {
				throw Throttles.provisionedThroughputExceeded("Table" + kind + "KeyRangeThroughputExceeded",
						definition.arn(), true);
			}
		}
	}

	private void charge(Request request, Map<?, ?> consumed, boolean read, long now) {
		Table table = this.catalog.table(String.valueOf(consumed.get("TableName")));
		if (table == null) {
			return;
		}
		TableDefinition definition = table.definition();
		double tableUnits = units((consumed.get("Table") instanceof Map<?, ?> t) ? t : consumed);
		if (!definition.onDemand()) {
			bucket(definition, null, read, now).consume(tableUnits, now);
			if (consumed.get("GlobalSecondaryIndexes") instanceof Map<?, ?> indexes) {
				for (Map.Entry<?, ?> entry : indexes.entrySet()) {
					IndexDefinition index = definition.index(String.valueOf(entry.getKey()));
					if (index != null && index.global()) {
						bucket(definition, index, read, now).consume(units((Map<?, ?>) entry.getValue()), now);
					}
				}
			}
		}
		else if (this.partitionLimits && SINGLE_ITEM.contains(request.operation())) {
			CapacityBucket partition = partitionBucket(definition, request, read, now);
			if (partition != null) {
				partition.consume(tableUnits, now);
			}
		}
	}

	private CapacityBucket bucket(TableDefinition table, IndexDefinition index, boolean read, long now) {
		String key = table.tableId() + "|" + ((index != null) ? index.name() : "") + "|" + (read ? "R" : "W");
		var throughput = (index != null) ? index.throughput() : table.throughput();
		double rate = read ? throughput.read() : throughput.write();
		CapacityBucket bucket = this.buckets.computeIfAbsent(key,
				(k) -> new CapacityBucket(rate, this.burstSeconds, now));
		bucket.rate(rate, this.burstSeconds);
		return bucket;
	}

	private CapacityBucket partitionBucket(TableDefinition table, Request request, boolean read, long now) {
		Object key = request.body().get(request.operation().equals("PutItem") ? "Item" : "Key");
		if (!(key instanceof Map<?, ?> map)) {
			return null;
		}
		Object hash = map.get(table.keySchema().hash().name());
		if (hash == null) {
			return null;
		}
		AttributeValue value = AttributeValues.value(hash);
		String bucketKey = table.tableId() + "|#" + value + "|" + (read ? "R" : "W");
		double rate = read ? PARTITION_READ_UNITS : PARTITION_WRITE_UNITS;
		return this.buckets.computeIfAbsent(bucketKey, (k) -> new CapacityBucket(rate, 1, now));
	}

	private static double units(Map<?, ?> consumed) {
		return (consumed.get("CapacityUnits") instanceof Number n) ? n.doubleValue() : 0;
	}

	private static boolean reads(Request request) {
		String name = request.operation();
		if (RequestTables.READS.contains(name)) {
			return true;
		}
		if (name.equals("ExecuteStatement")) {
			String statement = request.body().get("Statement") instanceof String s ? s : "";
			return statement.strip().toUpperCase(Locale.ROOT).startsWith("SELECT");
		}
		if (name.equals("BatchExecuteStatement") || name.equals("ExecuteTransaction")) {
			Object statements = request.body()
				.get(name.equals("ExecuteTransaction") ? "TransactStatements" : "Statements");
			if (statements instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> first
					&& first.get("Statement") instanceof String s) {
				return s.strip().toUpperCase(Locale.ROOT).startsWith("SELECT");
			}
		}
		return false;
	}

	private static boolean asked(String asked) {
		return "TOTAL".equals(asked) || "INDEXES".equals(asked);
	}

	private static Map<?, ?> shaped(Map<?, ?> consumed, String asked) {
		if (!asked(asked)) {
			return null;
		}
		if ("INDEXES".equals(asked)) {
			return consumed;
		}
		Map<Object, Object> total = new LinkedHashMap<>(consumed);
		total.remove("Table");
		total.remove("GlobalSecondaryIndexes");
		total.remove("LocalSecondaryIndexes");
		return total;
	}

}
