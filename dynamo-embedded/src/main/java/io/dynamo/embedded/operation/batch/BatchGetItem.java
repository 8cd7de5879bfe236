/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.capacity.CapacityUnits;
import io.dynamo.embedded.capacity.TableCapacities;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.ProjectionExpression;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Expressions;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.operation.transaction.ItemChecks;
import io.dynamo.embedded.protocol.AttributeValues;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;

/**
 * BatchGetItem: up to 100 keys across tables, each table with its own projection and
 * consistency. Items are read in request order until the response would pass 16 MB; the
 * keys left over come back in {@code UnprocessedKeys} with their table's parameters, for
 * the caller to ask again.
 */
public final class BatchGetItem implements Operation {

	/** DynamoDB's limit of keys in one batch. */
	public static final int MAX_KEYS = 100;

	/** DynamoDB's limit of the items' size in one response. */
	public static final long MAX_RESPONSE_SIZE = 16L * 1024 * 1024;

	private final EngineContext context;

	public BatchGetItem(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		Map<String, Object> requestItems = request.object("RequestItems");
		Constraints constraints = new Constraints();
		constraints.oneOf("returnConsumedCapacity", request.string("ReturnConsumedCapacity"), "INDEXES", "TOTAL",
				"NONE");
		RequestItems.check(constraints, requestItems);
		Map<String, Map<String, Object>> tables = new LinkedHashMap<>();
		if (requestItems != null) {
			for (String name : requestItems.keySet()) {
				Map<String, Object> keysAndAttributes = Members.structure(requestItems, name);
				tables.put(name, keysAndAttributes);
				checkMembers(constraints, name, keysAndAttributes);
			}
		}
		constraints.check();

		List<TableRead> reads = new ArrayList<>();
		int keys = 0;
		for (Map.Entry<String, Map<String, Object>> entry : tables.entrySet()) {
			TableRead read = TableRead.parse(entry.getKey(), entry.getValue());
			keys += read.keys.size();
			if (keys > MAX_KEYS) {
				throw DynamoException.validation("Too many items requested for the BatchGetItem call");
			}
			reads.add(read);
		}
		for (TableRead read : reads) {
			read.resolve(this.context);
		}

		Map<String, Object> responses = new LinkedHashMap<>();
		Map<String, Object> unprocessed = new LinkedHashMap<>();
		TableCapacities capacities = new TableCapacities();
		long size = 0;
		for (TableRead read : reads) {
			List<Object> found = new ArrayList<>();
			List<Object> left = new ArrayList<>();
			capacities.table(read.name);
			for (int i = 0; i < read.keys.size(); i++) {
				Map<String, AttributeValue> item = read.table.get(read.primaryKeys.get(i));
				long itemSize = (item != null) ? Sizes.itemSize(item) : 0;
				if (!left.isEmpty() || size + itemSize > MAX_RESPONSE_SIZE) {
					left.add(read.keys.get(i));
					continue;
				}
				size += itemSize;
				capacities.read(read.name, CapacityUnits.read(item, read.consistent));
				if (item != null) {
					found.add(read.project(item));
				}
			}
			responses.put(read.name, found);
			if (!left.isEmpty()) {
				unprocessed.put(read.name, read.unprocessed(left));
			}
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Responses", responses);
		response.put("UnprocessedKeys", unprocessed);
		List<Map<String, Object>> consumed = capacities.toResponse(request.string("ReturnConsumedCapacity"), false);
		if (consumed != null) {
			response.put("ConsumedCapacity", consumed);
		}
		return response;
	}

	private static void checkMembers(Constraints constraints, String name, Map<String, Object> keysAndAttributes) {
		String path = "requestItems." + name + ".member.";
		Object keys = (keysAndAttributes != null) ? keysAndAttributes.get("Keys") : null;
		constraints.notNull(path + "keys", keys);
		if (keysAndAttributes == null) {
			return;
		}
		List<Map<String, Object>> keyList = Members.structures(keys);
		constraints.minLength(path + "keys", keyList, 1).maxLength(path + "keys", keyList, MAX_KEYS);
		List<String> attributesToGet = Members.strings(keysAndAttributes.get("AttributesToGet"));
		constraints.minLength(path + "attributesToGet", attributesToGet, 1)
			.maxLength(path + "attributesToGet", attributesToGet, 255);
		Members.bool(keysAndAttributes, "ConsistentRead");
		Members.string(keysAndAttributes, "ProjectionExpression");
	}

	/** One table's part of the batch. */
	private static final class TableRead {

		final String name;

		final Map<String, Object> request;

		final List<Map<String, AttributeValue>> keys;

		final List<String> attributesToGet;

		final Projection projection;

		final boolean consistent;

		Table table;

		List<PrimaryKey> primaryKeys;

		private TableRead(String name, Map<String, Object> request, List<Map<String, AttributeValue>> keys,
				List<String> attributesToGet, Projection projection, boolean consistent) {
			this.name = name;
			this.request = request;
			this.keys = keys;
			this.attributesToGet = attributesToGet;
			this.projection = projection;
			this.consistent = consistent;
		}

		static TableRead parse(String name, Map<String, Object> keysAndAttributes) {
			Request request = new Request("BatchGetItem", keysAndAttributes).without("ExpressionAttributeValues");
			Expressions.checkParameters(request, List.of("ProjectionExpression"), List.of("AttributesToGet"));
			List<String> attributesToGet = Members.strings(keysAndAttributes.get("AttributesToGet"));
			Expressions.checkAttributesToGet(attributesToGet);
			ExpressionAttributes attributes = Expressions.attributes(request);
			String projectionText = request.string("ProjectionExpression");
			Projection projection = (projectionText != null) ? ProjectionExpression.parse(projectionText, attributes)
					: null;
			attributes.verifyAllUsed();
			List<Map<String, AttributeValue>> keys = new ArrayList<>();
			Set<Map<String, AttributeValue>> seen = new HashSet<>();
			for (Map<String, Object> key : Members.structures(keysAndAttributes.get("Keys"))) {
				Map<String, AttributeValue> parsed = AttributeValues.item(key);
				if (!seen.add(parsed)) {
					throw DynamoException.validation("Provided list of item keys contains duplicates");
				}
				keys.add(parsed);
			}
			return new TableRead(name, keysAndAttributes, keys, attributesToGet, projection,
					Boolean.TRUE.equals(request.bool("ConsistentRead")));
		}

		/** Finds the table and checks the keys against its schema. */
		void resolve(EngineContext context) {
			this.table = Tables.forItems(context.catalog(), this.name);
			this.primaryKeys = new ArrayList<>(this.keys.size());
			for (Map<String, AttributeValue> key : this.keys) {
				this.primaryKeys.add(ItemChecks.key(key, this.table.definition()));
			}
			if (this.projection != null) {
				Expressions.checkKeyPaths(this.projection.paths(), this.table.definition());
			}
		}

		Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
			if (this.projection != null) {
				return this.projection.apply(item);
			}
			if (this.attributesToGet != null) {
				return Expressions.pick(item, this.attributesToGet);
			}
			return item;
		}

		/** The table's entry of {@code UnprocessedKeys}: the keys and its parameters. */
		Map<String, Object> unprocessed(List<Object> left) {
			Map<String, Object> entry = new LinkedHashMap<>(this.request);
			entry.put("Keys", left);
			return entry;
		}

	}

}
