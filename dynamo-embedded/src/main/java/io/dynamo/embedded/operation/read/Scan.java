/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.read;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Legacy;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Expressions;
import io.dynamo.embedded.operation.Keys;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.KeyAttribute;
import io.dynamo.embedded.storage.StoreKey;
import io.dynamo.embedded.storage.Table;

/**
 * Scan: a table or index in key order (partitions by hash prefix, as dynalite orders
 * them). A parallel scan's segment is a contiguous range of hash prefixes: the segments
 * of one {@code TotalSegments} cover every item exactly once.
 */
public final class Scan implements Operation {

	/** The hash prefix space is cut in 4,096 slices (the prefix's first 12 bits). */
	private static final int SLICES = 4096;

	private final EngineContext context;

	public Scan(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Long totalSegments = request.number("TotalSegments");
		Long segment = request.number("Segment");
		Constraints constraints = new Constraints();
		ReadRequests.select(constraints, request);
		ReadRequests.indexName(constraints, request);
		constraints.atLeast("totalSegments", totalSegments, 1).atMost("totalSegments", totalSegments, 1000000);
		ReadRequests.returnConsumedCapacity(constraints, request);
		constraints.tableName("tableName", name);
		ReadRequests.conditionalOperator(constraints, request);
		constraints.atLeast("segment", segment, 0).atMost("segment", segment, 999999);
		ReadRequests.limit(constraints, request);
		constraints.check();
		Legacy.checkParameters(request.body(), List.of("ProjectionExpression", "FilterExpression"),
				List.of("AttributesToGet", "ScanFilter", "ConditionalOperator"));
		Map<String, AttributeValue> startKey = Query.startKey(request);
		if (segment != null && segment > 0 && totalSegments == null) {
			throw DynamoException.validation(
					"The TotalSegments parameter is required but was not present in the request when Segment parameter is present");
		}
		if (totalSegments != null) {
			if (segment == null) {
				throw DynamoException.validation(
						"The Segment parameter is required but was not present in the request when parameter TotalSegments is present");
			}
			if (segment >= totalSegments) {
				throw DynamoException.validation(
						"The Segment parameter is zero-based and must be less than parameter TotalSegments: Segment: "
								+ segment + " is not less than TotalSegments: " + totalSegments);
			}
		}
		ExpressionAttributes attributes = Expressions.attributes(request);
		Condition filter = ReadRequests.filter(request, attributes, "ScanFilter");
		Projection projection = ReadRequests.projection(request, attributes);
		attributes.verifyAllUsed();

		Table table = Tables.forItems(this.context.catalog(), name);
		boolean consistent = Boolean.TRUE.equals(request.bool("ConsistentRead"));
		String select = request.string("Select");
		ReadSource source = ReadSource.of(table, request.string("IndexName"), select, consistent);
		int firstSlice = 0;
		int lastSlice = SLICES - 1;
		boolean parallel = totalSegments != null && totalSegments > 1;
		if (parallel) {
			firstSlice = (int) ((SLICES * segment + totalSegments - 1) / totalSegments);
			lastSlice = (int) ((SLICES * (segment + 1) + totalSegments - 1) / totalSegments) - 1;
		}
		StoreKey from = null;
		boolean fromInclusive = true;
		if (startKey != null) {
			checkStartKey(startKey, source);
			StoreKey start = source.storeKey(startKey);
			int slice = start.hashPrefix() >>> 12;
			if (parallel && (slice < firstSlice || slice > lastSlice)) {
				throw DynamoException.validation(
						"The provided starting key is invalid: Invalid ExclusiveStartKey. Please use ExclusiveStartKey with correct Segment. TotalSegments: "
								+ totalSegments + " Segment: " + segment);
			}
			from = start;
			fromInclusive = false;
		}
		else if (parallel) {
			from = StoreKey.prefix(firstSlice << 12, StoreKey.BEFORE);
		}
		StoreKey to = (parallel && lastSlice < SLICES - 1) ? StoreKey.prefix((lastSlice + 1) << 12, StoreKey.BEFORE)
				: null;
		if (projection != null) {
			Expressions.checkKeyPaths(projection.paths(), source.definition);
		}
		if (filter != null) {
			Expressions.checkKeyPaths(filter.paths(), source.definition);
		}
		Iterator<Map.Entry<StoreKey, Map<String, AttributeValue>>> entries = (parallel && firstSlice > lastSlice)
				? java.util.Collections.emptyIterator() : source.store.read(from, fromInclusive, to, false, false);
		return new PageReader(source, ReadRequests.limit(request), filter, projection, select, consistent).read(entries,
				(item) -> true, request.string("ReturnConsumedCapacity"));
	}

	private static void checkStartKey(Map<String, AttributeValue> startKey, ReadSource source) {
		if (startKey.size() != source.keyNames.size()) {
			throw DynamoException.validation((source.index != null) ? "The provided starting key is invalid"
					: "The provided starting key is invalid: The provided key element does not match the schema");
		}
		if (source.index != null) {
			for (KeyAttribute attribute : new KeyAttribute[] { source.schema.hash(), source.schema.range() }) {
				if (attribute != null && startKey.get(attribute.name()) == null) {
					throw DynamoException.validation("The provided starting key is invalid");
				}
			}
			Map<String, AttributeValue> indexKey = new java.util.HashMap<>();
			indexKey.put(source.schema.hash().name(), startKey.get(source.schema.hash().name()));
			if (source.schema.hasRange()) {
				indexKey.put(source.schema.range().name(), startKey.get(source.schema.range().name()));
			}
			Keys.key(indexKey, source.schema);
		}
		source.checkTableKey(startKey);
	}

}
