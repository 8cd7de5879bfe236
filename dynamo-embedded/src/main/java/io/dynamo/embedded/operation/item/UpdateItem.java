/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.AttributePath;
import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Legacy;
import io.dynamo.embedded.expression.Update;
import io.dynamo.embedded.expression.UpdateExpression;
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
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.storage.KeyAttribute;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * UpdateItem: the condition checked and the update applied to the current item (or to a
 * new item of just the key) under the item's lock, so concurrent updates never lose one
 * another.
 */
public final class UpdateItem implements Operation {

	private final EngineContext context;

	public UpdateItem(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Map<String, AttributeValue> key = request.item("Key");
		// the deserializer reads every member, in the model's order, before any rule
		request.string("ConditionExpression");
		request.string("UpdateExpression");
		Constraints constraints = new Constraints();
		ItemRequests.returnConsumedCapacity(constraints, request);
		constraints.tableName("tableName", name);
		ItemRequests.returnItemCollectionMetrics(constraints, request);
		ItemRequests.returnValues(constraints, request);
		constraints.notNull("key", key);
		ItemRequests.conditionalOperator(constraints, request);
		ItemRequests.returnValuesOnFailure(constraints, request);
		constraints.check();
		Expressions.checkParameters(request, List.of("UpdateExpression", "ConditionExpression"),
				List.of("AttributeUpdates", "Expected"));
		ExpressionAttributes attributes = Expressions.attributes(request);
		Update update = null;
		if (request.has("UpdateExpression")) {
			update = UpdateExpression.parse(request.string("UpdateExpression"), attributes);
		}
		else if (request.has("AttributeUpdates")) {
			update = Legacy.attributeUpdates(request.object("AttributeUpdates"));
		}
		Condition condition = Conditions.condition(request, attributes);
		attributes.verifyAllUsed();

		Table table = Tables.forItems(this.context.catalog(), name);
		TableDefinition definition = table.definition();
		PrimaryKey primaryKey = Keys.key(key, definition.keySchema());
		List<AttributePath> paths = (update != null) ? update.paths() : List.of();
		for (AttributePath path : paths) {
			if (definition.keySchema().isKey(path.head())) {
				throw DynamoException.validation("One or more parameter values were invalid: Cannot update attribute "
						+ path.head() + ". This attribute is part of the key");
			}
		}
		Expressions.checkKeyPaths(paths, definition);
		if (update != null) {
			checkIndexKeyTypes(update, definition);
		}
		String onFailure = request.string("ReturnValuesOnConditionCheckFailure");
		Update updates = update;
		// an UpdateExpression's SET names the index key type in its own message
		Map<String, String> indexKeyTypes = request.has("UpdateExpression") ? indexKeyTypes(definition) : Map.of();
		ItemChange change = this.context.catalog().writeOutsideTransactions(table, primaryKey, (current) -> {
			if (condition != null && !condition.test((current != null) ? current : Map.of())) {
				throw WriteResults.conditionFailed(onFailure, current);
			}
			Map<String, AttributeValue> next = new LinkedHashMap<>(
					(updates != null) ? updates.apply((current != null) ? current : Map.of(), indexKeyTypes)
							: (current != null) ? current : Map.of());
			next.putAll(key);
			if (Sizes.itemSize(next) > PutItem.MAX_ITEM_SIZE) {
				throw DynamoException.validation("Item size to update has exceeded the maximum allowed size");
			}
			Keys.indexKeys(next, definition);
			return Collections.unmodifiableMap(next);
		});
		String returnValues = request.string("ReturnValues");
		Map<String, AttributeValue> returned = null;
		if ("ALL_OLD".equals(returnValues)) {
			returned = change.oldItem();
		}
		else if ("ALL_NEW".equals(returnValues)) {
			returned = change.newItem();
		}
		else if ("UPDATED_OLD".equals(returnValues)) {
			returned = WriteResults.atPaths(change.oldItem(), paths);
		}
		else if ("UPDATED_NEW".equals(returnValues)) {
			returned = WriteResults.atPaths(change.newItem(), paths);
		}
		return WriteResults.response(table, definition, primaryKey, returned, change.oldItem(), change.newItem(),
				request.string("ReturnConsumedCapacity"), request.string("ReturnItemCollectionMetrics"));
	}

	private static Map<String, String> indexKeyTypes(TableDefinition definition) {
		Map<String, String> types = new HashMap<>();
		for (IndexDefinition index : definition.indexes()) {
			for (KeyAttribute attribute : new KeyAttribute[] { index.keySchema().hash(), index.keySchema().range() }) {
				if (attribute != null && !definition.keySchema().isKey(attribute.name())) {
					types.put(attribute.name(), attribute.type());
				}
			}
		}
		return types;
	}

	private static void checkIndexKeyTypes(Update update, TableDefinition definition) {
		for (IndexDefinition index : definition.indexes()) {
			for (KeyAttribute attribute : new KeyAttribute[] { index.keySchema().hash(), index.keySchema().range() }) {
				if (attribute == null || (!index.global() && attribute == index.keySchema().hash())) {
					continue;
				}
				String type = update.staticType(attribute.name());
				if (type != null && !type.equals(attribute.type())) {
					throw DynamoException
						.validation("One or more parameter values were invalid: Type mismatch for Index Key "
								+ attribute.name() + " Expected: " + attribute.type() + " Actual: " + type
								+ " IndexName: " + index.name());
				}
			}
		}
	}

}
