/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.read;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.KeyCondition;
import io.dynamo.embedded.expression.KeyConditionExpression;
import io.dynamo.embedded.expression.Legacy;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.SortKeyCondition;
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
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.StoreKey;
import io.dynamo.embedded.storage.Table;

/**
 * Query: one partition of a table or index, its sort key range read in order (or in
 * reverse) from the key condition's bound, so that a page costs the page and not the
 * partition.
 */
public final class Query implements Operation {

	private final EngineContext context;

	public Query(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Constraints constraints = new Constraints();
		ReadRequests.select(constraints, request);
		ReadRequests.indexName(constraints, request);
		ReadRequests.returnConsumedCapacity(constraints, request);
		constraints.tableName("tableName", name);
		ReadRequests.conditionalOperator(constraints, request);
		ReadRequests.limit(constraints, request);
		constraints.check();
		Legacy.checkParameters(request.body(),
				List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
				List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"));
		Map<String, AttributeValue> startKey = startKey(request);
		if (!request.has("KeyConditions") && !request.has("KeyConditionExpression")) {
			throw DynamoException.validation(
					"Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.");
		}
		ExpressionAttributes attributes = Expressions.attributes(request);
		KeyCondition keyCondition = request.has("KeyConditionExpression")
				? KeyConditionExpression.parse(request.string("KeyConditionExpression"), attributes)
				: Legacy.keyConditions(request.object("KeyConditions"));
		Condition filter = ReadRequests.filter(request, attributes, "QueryFilter");
		Projection projection = ReadRequests.projection(request, attributes);
		attributes.verifyAllUsed();

		Table table = Tables.forItems(this.context.catalog(), name);
		boolean consistent = Boolean.TRUE.equals(request.bool("ConsistentRead"));
		String select = request.string("Select");
		ReadSource source = ReadSource.of(table, request.string("IndexName"), select, consistent);
		KeySchema schema = source.schema;
		KeyCondition.Resolved resolved = keyCondition.resolve(schema.hash().name(), schema.hash().type(),
				schema.hasRange() ? schema.range().name() : null, schema.hasRange() ? schema.range().type() : null);
		AttributeValue hash = resolved.partitionKey();
		SortKeyCondition sortKey = resolved.sortKeyCondition();
		if (startKey != null) {
			checkStartKey(startKey, source, hash, sortKey);
		}
		if (projection != null) {
			Expressions.checkKeyPaths(projection.paths(), source.definition);
		}
		ReadRequests.checkFilterKeys(filter, source, request.has("FilterExpression"));
		if (filter != null) {
			Expressions.checkKeyPaths(filter.paths(), source.definition);
		}

		boolean descending = Boolean.FALSE.equals(request.bool("ScanIndexForward"));
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
				AttributeValue end = prefixEnd(sortKey.values().get(0));
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
		Predicate<Map<String, AttributeValue>> inRange = (sortKey != null
				&& sortKey.operator() == SortKeyCondition.Operator.BEGINS_WITH)
						? (item) -> sortKey.test(item.get(schema.range().name())) : (item) -> true;
		return new PageReader(source, ReadRequests.limit(request), filter, projection, select, consistent).read(entries,
				inRange, request.string("ReturnConsumedCapacity"));
	}

	static Map<String, AttributeValue> startKey(Request request) {
		try {
			return request.item("ExclusiveStartKey");
		}
		catch (DynamoException ex) {
			String message = ex.getMessage();
			if (ex.code().equals("ValidationException") && !message.matches(
					"(?s).*(contains duplicates|number set|numeric value|significant digits|number with magnitude).*")) {
				throw DynamoException.validation("The provided starting key is invalid: " + message);
			}
			throw ex;
		}
	}

	private static void checkStartKey(Map<String, AttributeValue> startKey, ReadSource source, AttributeValue hash,
			SortKeyCondition sortKey) {
		if (startKey.size() != source.keyNames.size()) {
			throw DynamoException.validation("The provided starting key is invalid");
		}
		for (KeyAttribute attribute : new KeyAttribute[] { source.schema.hash(), source.schema.range() }) {
			if (attribute != null && startKey.get(attribute.name()) == null) {
				throw DynamoException.validation("The provided starting key is invalid");
			}
		}
		Keys.key(keyOf(startKey, source.schema), source.schema);
		source.checkTableKey(startKey);
		boolean sameHash = hash.equals(startKey.get(source.schema.hash().name()));
		if (sortKey == null) {
			if (!sameHash) {
				throw DynamoException
					.validation("The provided starting key is outside query boundaries based on provided conditions");
			}
			return;
		}
		if (!sortKey.test(startKey.get(source.schema.range().name()))) {
			throw DynamoException.validation("The provided starting key does not match the range key predicate");
		}
		if (!sameHash) {
			throw DynamoException.validation("The query can return at most one row and cannot be restarted");
		}
	}

	/**
	 * The smallest value after every value that begins with the prefix (in UTF-8 or
	 * unsigned byte order), or null when there is none: the exclusive end of a
	 * begins_with range, so that it reads in either direction from its bound.
	 */
	static AttributeValue prefixEnd(AttributeValue prefix) {
		if (prefix instanceof AttributeValue.S s) {
			int[] codePoints = s.value().codePoints().toArray();
			int length = codePoints.length;
			while (length > 0 && codePoints[length - 1] == Character.MAX_CODE_POINT) {
				length--;
			}
			if (length == 0) {
				return null;
			}
			int next = codePoints[length - 1] + 1;
			codePoints[length - 1] = (next == Character.MIN_SURROGATE) ? Character.MAX_SURROGATE + 1 : next;
			return new AttributeValue.S(new String(codePoints, 0, length));
		}
		if (prefix instanceof AttributeValue.B b) {
			byte[] bytes = b.value();
			int length = bytes.length;
			while (length > 0 && bytes[length - 1] == (byte) 0xff) {
				length--;
			}
			if (length == 0) {
				return null;
			}
			byte[] end = java.util.Arrays.copyOf(bytes, length);
			end[length - 1]++;
			return new AttributeValue.B(end);
		}
		return null;
	}

	private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, KeySchema schema) {
		Map<String, AttributeValue> key = new java.util.HashMap<>();
		key.put(schema.hash().name(), item.get(schema.hash().name()));
		if (schema.hasRange()) {
			key.put(schema.range().name(), item.get(schema.range().name()));
		}
		return key;
	}

}
