/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ConditionExpression;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Expressions;
import io.dynamo.embedded.operation.Keys;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * PutItem: creates or replaces an item, under its condition, atomically.
 */
public final class PutItem implements Operation {

	/** DynamoDB's item size limit. */
	public static final int MAX_ITEM_SIZE = 400 * 1024;

	private final EngineContext context;

	public PutItem(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Map<String, AttributeValue> item = request.item("Item");
		Constraints constraints = new Constraints();
		ItemRequests.returnConsumedCapacity(constraints, request);
		constraints.tableName("tableName", name).notNull("item", item);
		ItemRequests.conditionalOperator(constraints, request);
		ItemRequests.returnValues(constraints, request);
		ItemRequests.returnItemCollectionMetrics(constraints, request);
		ItemRequests.returnValuesOnFailure(constraints, request);
		constraints.check();
		Expressions.checkParameters(request, List.of("ConditionExpression"), List.of("Expected"));
		String returnValues = request.string("ReturnValues");
		if (returnValues != null && !returnValues.equals("ALL_OLD") && !returnValues.equals("NONE")) {
			throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
		}
		if (Sizes.itemSize(item) > MAX_ITEM_SIZE) {
			throw DynamoException.validation("Item size has exceeded the maximum allowed size");
		}
		ExpressionAttributes attributes = Expressions.attributes(request);
		Condition condition = Conditions.condition(request, attributes);
		attributes.verifyAllUsed();

		Table table = Tables.forItems(this.context.catalog(), name);
		TableDefinition definition = table.definition();
		PrimaryKey key = Keys.item(item, definition);
		Map<String, AttributeValue> stored = Collections.unmodifiableMap(new HashMap<>(item));
		String onFailure = request.string("ReturnValuesOnConditionCheckFailure");
		ItemChange change = this.context.catalog().writeOutsideTransactions(table, key, (current) -> {
			if (condition != null && !condition.test((current != null) ? current : Map.of())) {
				throw WriteResults.conditionFailed(onFailure, current);
			}
			return stored;
		});
		return WriteResults.response(table, definition, key, "ALL_OLD".equals(returnValues) ? change.oldItem() : null,
				change.oldItem(), change.newItem(), request.string("ReturnConsumedCapacity"),
				request.string("ReturnItemCollectionMetrics"));
	}

}
