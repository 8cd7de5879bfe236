/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
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

/** DeleteItem: removes an item, under its condition, atomically. */
public final class DeleteItem implements Operation {

	private final EngineContext context;

	public DeleteItem(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Map<String, AttributeValue> key = request.item("Key");
		Constraints constraints = new Constraints();
		ItemRequests.returnConsumedCapacity(constraints, request);
		constraints.tableName("tableName", name);
		ItemRequests.returnValues(constraints, request);
		ItemRequests.returnItemCollectionMetrics(constraints, request);
		constraints.notNull("key", key);
		ItemRequests.conditionalOperator(constraints, request);
		ItemRequests.returnValuesOnFailure(constraints, request);
		constraints.check();
		Expressions.checkParameters(request, List.of("ConditionExpression"), List.of("Expected"));
		String returnValues = request.string("ReturnValues");
		if (returnValues != null && !returnValues.equals("ALL_OLD") && !returnValues.equals("NONE")) {
			throw DynamoException.validation("ReturnValues can only be ALL_OLD or NONE");
		}
		ExpressionAttributes attributes = Expressions.attributes(request);
		Condition condition = Conditions.condition(request, attributes);
		attributes.verifyAllUsed();

		Table table = Tables.forItems(this.context.catalog(), name);
		TableDefinition definition = table.definition();
		PrimaryKey primaryKey = Keys.key(key, definition.keySchema());
		String onFailure = request.string("ReturnValuesOnConditionCheckFailure");
		ItemChange change = this.context.catalog().writeOutsideTransactions(table, primaryKey, (current) -> {
			if (condition != null && !condition.test((current != null) ? current : Map.of())) {
				throw WriteResults.conditionFailed(onFailure, current);
			}
			return null;
		});
		return WriteResults.response(table, definition, primaryKey,
				"ALL_OLD".equals(returnValues) ? change.oldItem() : null, change.oldItem(), null,
				request.string("ReturnConsumedCapacity"), request.string("ReturnItemCollectionMetrics"));
	}

}
