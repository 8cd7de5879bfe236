/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.read;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Predicate;

import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.SortKeyCondition;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.storage.StoreKey;
import io.dynamo.embedded.storage.Table;

/**
 * One page of a key range or of a whole table or index, for callers that have already
 * parsed and checked their own request (PartiQL's SELECT): unlike Query, the filter may
 * name key attributes, since a statement's WHERE clause filters on them too. Pages are
 * read, counted and charged exactly as Query and Scan read them.
 */
public final class ReadPages {

	private ReadPages() {
	}

	/** The key attribute names of the table or index, table key first. */
	public static java.util.List<String> keyNames(Table table, String indexName) {
		return ReadSource.of(table, indexName, null, false).keyNames;
	}

	/**
	 * A page of one partition.
	 * @param table the table
	 * @param indexName the index read, or null for the table
	 * @param hash the partition key value (of the index's schema when indexed)
	 * @param sortKey the sort key range, or null for the whole partition
	 * @param startKey the LastEvaluatedKey of the page before, or null
	 * @param descending whether to read in descending sort key order
	 * @param limit the items to evaluate at most, or null
	 * @param filter the condition items must meet, or null
	 * @param projection the attributes returned, or null for all
	 * @param consistent whether the read is strongly consistent
	 * @param returnConsumedCapacity TOTAL, INDEXES, NONE or null
	 * @return a Query response: Items, Count, ScannedCount, LastEvaluatedKey,
	 * ConsumedCapacity
	 */
	public static Map<String, Object> partition(Table table, String indexName, AttributeValue hash,
			SortKeyCondition sortKey, Map<String, AttributeValue> startKey, boolean descending, Integer limit,
			Condition filter, Projection projection, boolean consistent, String returnConsumedCapacity) {
		ReadSource source = ReadSource.of(table, indexName, null, consistent);
		StoreKey from = StoreKey.partition(hash, StoreKey.BEFORE);
		boolean fromInclusive = true;
		StoreKey to = StoreKey.partition(hash, StoreKey.AFTER);
		boolean toInclusive = true;
		if (sortKey != null) {
			if (sortKey.lower() != null) {
				from = StoreKey.sort(hash, sortKey.lower(),
						sortKey.lowerInclusive() ? StoreKey.BEFORE : StoreKey.AFTER);
			}
			if (sortKey.upper() != null) {
				to = StoreKey.sort(hash, sortKey.upper(), sortKey.upperInclusive() ? StoreKey.AFTER : StoreKey.BEFORE);
			}
			else if (sortKey.operator() == SortKeyCondition.Operator.BEGINS_WITH) {
				AttributeValue end = Query.prefixEnd(sortKey.values().get(0));
				if (end != null) {
					to = StoreKey.sort(hash, end, StoreKey.BEFORE);
				}
			}
		}
		if (startKey != null) {
			StoreKey start = source.storeKey(startKey);
			if (descending) {
				to = start;
				toInclusive = false;
			}
			else {
				from = start;
				fromInclusive = false;
			}
		}
		Iterator<Map.Entry<StoreKey, Map<String, AttributeValue>>> entries = source.store.read(from, fromInclusive, to,
				toInclusive, descending);
		String rangeName = source.schema.hasRange() ? source.schema.range().name() : null;
		Predicate<Map<String, AttributeValue>> inRange = (sortKey != null
				&& sortKey.operator() == SortKeyCondition.Operator.BEGINS_WITH)
						? (item) -> sortKey.test(item.get(rangeName)) : (item) -> true;
		return new PageReader(source, limit, filter, projection, null, consistent).read(entries, inRange,
				returnConsumedCapacity);
	}

	/**
	 * A page of a whole table or index in Scan order, with the same parameters as
	 * {@link #partition}.
	 */
	public static Map<String, Object> scan(Table table, String indexName, Map<String, AttributeValue> startKey,
			Integer limit, Condition filter, Projection projection, boolean consistent, String returnConsumedCapacity) {
		ReadSource source = ReadSource.of(table, indexName, null, consistent);
		StoreKey from = (startKey != null) ? source.storeKey(startKey) : null;
		Iterator<Map.Entry<StoreKey, Map<String, AttributeValue>>> entries = source.store.read(from, startKey == null,
				null, false, false);
		return new PageReader(source, limit, filter, projection, null, consistent).read(entries, (item) -> true,
				returnConsumedCapacity);
	}

}
