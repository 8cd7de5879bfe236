/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import io.dynamo.spring.mapping.ItemSizes;
import io.dynamo.spring.metrics.DynamoRequests;

/**
 * Estimates the capacity units a request will consume, before it is sent, by DynamoDB's
 * rules: a write unit per started 1 KB of item, a read unit per started 4 KB (half for
 * eventually consistent reads), twice as much in transactions. Where the item size is
 * unknown (update, delete, get) one unit is assumed; a query or scan page is assumed to
 * hold 1 KB per item its {@code Limit} asks for, or one unit without a limit. The limiter
 * settles the difference with the real consumption afterwards, so an estimate only has to
 * be cheap and not too far off.
 *
 * @author dynamo-spring-boot authors
 */
final class CapacityEstimator {

	static final int WRITE_UNIT_BYTES = 1024;

	static final int READ_UNIT_BYTES = 4096;

	private static final int MAX_PAGE_BYTES = 1024 * 1024;

	private CapacityEstimator() {
	}

	/**
	 * Estimate the units per table.
	 * @param request the request
	 * @return units by table, empty for requests the limiter does not cover
	 */
	static Map<String, Double> estimate(SdkRequest request) {
		String single = DynamoRequests.singleTable(request);
		if (single != null) {
			return Map.of(single, singleTableUnits(request));
		}
		if (request instanceof BatchWriteItemRequest batch) {
			Map<String, Double> units = new LinkedHashMap<>();
			for (Map.Entry<String, List<WriteRequest>> table : batch.requestItems().entrySet()) {
				double sum = 0;
				for (WriteRequest write : table.getValue()) {
					sum += (write.putRequest() != null) ? writeUnits(itemBytes(write.putRequest().item())) : 1;
				}
				units.put(table.getKey(), sum);
			}
			return units;
		}
		if (request instanceof BatchGetItemRequest batch) {
			Map<String, Double> units = new LinkedHashMap<>();
			for (Map.Entry<String, KeysAndAttributes> table : batch.requestItems().entrySet()) {
				KeysAndAttributes keys = table.getValue();
				units.put(table.getKey(),
						keys.keys().size() * readUnits(1, Boolean.TRUE.equals(keys.consistentRead())));
			}
			return units;
		}
		if (request instanceof TransactWriteItemsRequest transaction) {
			Map<String, Double> units = new LinkedHashMap<>();
			for (TransactWriteItem item : transaction.transactItems()) {
				String table;
				double unit = 1;
				if (item.put() != null) {
					table = item.put().tableName();
					unit = writeUnits(itemBytes(item.put().item()));
				}
				else if (item.update() != null) {
					table = item.update().tableName();
				}
				else if (item.delete() != null) {
					table = item.delete().tableName();
				}
				else {
					table = item.conditionCheck().tableName();
				}
				units.merge(table, 2 * unit, Double::sum);
			}
			return units;
		}
		if (request instanceof TransactGetItemsRequest transaction) {
			Map<String, Double> units = new LinkedHashMap<>();
			for (TransactGetItem item : transaction.transactItems()) {
				units.merge(item.get().tableName(), 2.0, Double::sum);
			}
			return units;
		}
		return Map.of();
	}

	/**
	 * Estimate the units of a request on one table, without the map of {@link #estimate}.
	 * @param request a request for which {@link DynamoRequests#singleTable} names a table
	 * @return the units
	 */
	static double singleTableUnits(SdkRequest request) {
		if (request instanceof PutItemRequest put) {
			return writeUnits(itemBytes(put.item()));
		}
		if (request instanceof GetItemRequest get) {
			return readUnits(1, Boolean.TRUE.equals(get.consistentRead()));
		}
		if (request instanceof QueryRequest query) {
			return page(query.limit(), Boolean.TRUE.equals(query.consistentRead()));
		}
		if (request instanceof ScanRequest scan) {
			return page(scan.limit(), Boolean.TRUE.equals(scan.consistentRead()));
		}
		// update and delete: the item's size is unknown before the call
		return 1.0;
	}

	private static double page(Integer limit, boolean consistent) {
		long bytes = (limit != null) ? Math.min((long) limit * WRITE_UNIT_BYTES, MAX_PAGE_BYTES) : 1;
		return readUnits(bytes, consistent);
	}

	static double writeUnits(long bytes) {
		return Math.max(1, (bytes + WRITE_UNIT_BYTES - 1) / WRITE_UNIT_BYTES);
	}

	static double readUnits(long bytes, boolean consistent) {
		double units = Math.max(1, (bytes + READ_UNIT_BYTES - 1) / READ_UNIT_BYTES);
		return consistent ? units : units / 2;
	}

	/**
	 * Return the size of an item as DynamoDB counts it, attribute names plus values, with
	 * one byte per character ({@link ItemSizes#estimate}): exact for ASCII text, lower
	 * for other text, whose difference the limiter settles from the consumed capacity
	 * after the call; it does not read the characters, so it costs the same for a 1 KB
	 * and a 400 KB item.
	 * @param item the item
	 * @return the size in bytes
	 */
	static long itemBytes(Map<String, AttributeValue> item) {
		return ItemSizes.estimate(item);
	}

}
