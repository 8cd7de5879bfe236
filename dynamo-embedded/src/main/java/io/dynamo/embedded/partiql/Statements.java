/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ConditionExpression;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.ProjectionExpression;
import io.dynamo.embedded.expression.SortKeyCondition;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.operation.item.DeleteItem;
import io.dynamo.embedded.operation.item.GetItem;
import io.dynamo.embedded.operation.item.PutItem;
import io.dynamo.embedded.operation.item.UpdateItem;
import io.dynamo.embedded.operation.read.ReadPages;
import io.dynamo.embedded.protocol.AttributeValues;
import io.dynamo.embedded.protocol.Json;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.Table;

/**
 * Runs single statements as the operations DynamoDB runs for them: a SELECT with the
 * partition key as a Query of those partitions (otherwise a Scan), a SELECT of one whole
 * key as a GetItem in batches and transactions, INSERT as a PutItem that must not
 * overwrite, UPDATE as an UpdateItem that must find the item, DELETE as a DeleteItem.
 */
final class Statements {

	private final EngineContext context;

	private final GetItem getItem;

	private final PutItem putItem;

	private final UpdateItem updateItem;

	private final DeleteItem deleteItem;

	Statements(EngineContext context) {
		this.context = context;
		this.getItem = new GetItem(context);
		this.putItem = new PutItem(context);
		this.updateItem = new UpdateItem(context);
		this.deleteItem = new DeleteItem(context);
	}

	/** The statement's parameters, in order, validated as attribute values. */
	static List<AttributeValue> parameters(List<Object> parameters) {
		List<AttributeValue> values = new ArrayList<>();
		if (parameters != null) {
			for (Object parameter : parameters) {
				values.add(AttributeValues.value(parameter));
			}
		}
		return values;
	}

	/** A SELECT page: Items, NextToken and LastEvaluatedKey, ConsumedCapacity. */
	Map<String, Object> select(Statement.Select select, boolean consistent, Integer limit, String nextToken,
			String returnConsumedCapacity) {
		Table table = Tables.forItems(this.context.catalog(), select.table());
		ReadPages.keyNames(table, select.index());
		KeySchema schema = schema(table, select.index());
		Placeholders placeholders = new Placeholders();
		String filterText = (select.where() != null) ? placeholders.condition(select.where()) : null;
		String projectionText = projectionText(select, placeholders);
		ExpressionAttributes attributes = placeholders.attributes();
		Condition filter = (filterText != null) ? ConditionExpression.parseFilter(filterText, attributes) : null;
		Projection projection = (projectionText != null) ? ProjectionExpression.parse(projectionText, attributes)
				: null;
		List<AttributeValue> partitions = KeyPlan.partitions(select.where(), schema);
		if (select.orderBy() != null) {
			if (partitions == null || partitions.size() > 1) {
				throw DynamoException.validation(
						"Must have an equality condition on the partition key in the WHERE clause when using ORDER BY clause.");
			}
			if (!schema.hasRange() || !schema.range().name().equals(select.orderBy())) {
				throw DynamoException.validation("Variable reference " + select.orderBy()
						+ " in ORDER BY clause must be the sort key of the table or index");
			}
		}
		Token token = Token.decode(nextToken);
		boolean tracked = ConsumedCapacity.requested(returnConsumedCapacity);
		String asked = tracked ? "INDEXES" : null;
		List<Object> items = new ArrayList<>();
		ConsumedCapacity capacity = null;
		Map<String, AttributeValue> lastKey = null;
		Integer remaining = limit;
		if (partitions == null) {
			Map<String, Object> page = ReadPages.scan(table, select.index(), token.key, remaining, filter, projection,
					consistent, asked);
			items.addAll((List<?>) page.get("Items"));
			capacity = add(capacity, page.get("ConsumedCapacity"));
			lastKey = lastKey(page);
			token = (lastKey != null) ? new Token(0, lastKey) : null;
		}
		else {
			SortKeyCondition sortKey = KeyPlan.sortKey(select.where(), schema);
			int partition = token.partition;
			Map<String, AttributeValue> startKey = token.key;
			token = null;
			while (partition < partitions.size()) {
				Map<String, Object> page = ReadPages.partition(table, select.index(), partitions.get(partition),
						sortKey, startKey, select.descending(), remaining, filter, projection, consistent, asked);
				items.addAll((List<?>) page.get("Items"));
				capacity = add(capacity, page.get("ConsumedCapacity"));
				lastKey = lastKey(page);
				if (remaining != null) {
					remaining -= ((Number) page.get("ScannedCount")).intValue();
				}
				if (lastKey != null) {
					token = new Token(partition, lastKey);
					break;
				}
				partition++;
				startKey = null;
				if (remaining != null && remaining <= 0) {
					if (partition < partitions.size()) {
						token = new Token(partition, null);
					}
					break;
				}
			}
			if (capacity == null && tracked) {
				capacity = new ConsumedCapacity(table.name());
			}
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Items", items);
		if (token != null) {
			response.put("NextToken", token.encode());
			if (token.key != null) {
				response.put("LastEvaluatedKey", token.key);
			}
		}
		if (tracked) {
			response.put("ConsumedCapacity", capacity.toResponse(returnConsumedCapacity));
		}
		return response;
	}

	/**
	 * A SELECT of one item, by its whole key, as GetItem reads it (the read statements of
	 * batches and transactions): the item when it meets the WHERE clause, or null.
	 */
	Map<String, Object> selectItem(Statement.Select select, boolean consistent, String returnConsumedCapacity) {
		Table table = Tables.forItems(this.context.catalog(), select.table());
		if (select.index() != null) {
			throw DynamoException.validation(Errors.MISSING_KEY);
		}
		Map<String, AttributeValue> key = KeyPlan.fullKey(select.where(), table.definition().keySchema());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("TableName", select.table());
		body.put("Key", Wire.item(key));
		body.put("ConsistentRead", consistent);
		if (returnConsumedCapacity != null) {
			body.put("ReturnConsumedCapacity", returnConsumedCapacity);
		}
		Map<String, Object> response = this.getItem.execute(new Request("GetItem", body));
		@SuppressWarnings("unchecked")
		Map<String, AttributeValue> item = (Map<String, AttributeValue>) response.get("Item");
		Map<String, Object> result = new LinkedHashMap<>();
		Map<String, AttributeValue> shown = matching(select, item);
		if (shown != null) {
			result.put("Item", shown);
		}
		if (response.containsKey("ConsumedCapacity")) {
			result.put("ConsumedCapacity", response.get("ConsumedCapacity"));
		}
		return result;
	}

	/** The item, projected, when it meets the statement's WHERE clause; else null. */
	static Map<String, AttributeValue> matching(Statement.Select select, Map<String, AttributeValue> item) {
		if (item == null) {
			return null;
		}
		Placeholders placeholders = new Placeholders();
		String filterText = placeholders.condition(select.where());
		String projectionText = projectionText(select, placeholders);
		ExpressionAttributes attributes = placeholders.attributes();
		Condition filter = ConditionExpression.parseFilter(filterText, attributes);
		if (!filter.test(item)) {
			return null;
		}
		return (projectionText != null) ? ProjectionExpression.parse(projectionText, attributes).apply(item) : item;
	}

	private static String projectionText(Statement.Select select, Placeholders placeholders) {
		if (select.projection() == null) {
			return null;
		}
		List<String> paths = new ArrayList<>();
		for (Expr.Path path : select.projection()) {
			paths.add(placeholders.path(path));
		}
		return String.join(", ", paths);
	}

	/** An INSERT, UPDATE or DELETE: Items (with RETURNING) and ConsumedCapacity. */
	Map<String, Object> write(Statement statement, String returnValuesOnConditionCheckFailure,
			String returnConsumedCapacity) {
		Tables.forItems(this.context.catalog(), statement.table());
		Map<String, Object> body = writeAction(statement, returnValuesOnConditionCheckFailure);
		if (returnConsumedCapacity != null) {
			body.put("ReturnConsumedCapacity", returnConsumedCapacity);
		}
		String returning = null;
		Map<String, Object> response;
		if (statement instanceof Statement.Insert) {
			try {
				response = this.putItem.execute(new Request("PutItem", body));
			}
			catch (DynamoException ex) {
				if (ex.code().equals("ConditionalCheckFailedException")) {
					throw Errors.duplicateItem();
				}
				throw ex;
			}
		}
		else if (statement instanceof Statement.Update update) {
			returning = update.returning();
			if (returning != null) {
				body.put("ReturnValues", returning);
			}
			response = this.updateItem.execute(new Request("UpdateItem", body));
		}
		else {
			returning = ((Statement.Delete) statement).returning();
			if (returning != null) {
				body.put("ReturnValues", returning);
			}
			response = this.deleteItem.execute(new Request("DeleteItem", body));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		if (returning != null) {
			Object attributes = response.get("Attributes");
			result.put("Items", (attributes != null) ? List.of(attributes) : List.of());
		}
		if (response.containsKey("ConsumedCapacity")) {
			result.put("ConsumedCapacity", response.get("ConsumedCapacity"));
		}
		return result;
	}

	/**
	 * The body of the item write (or, for EXISTS, the condition check) a statement stands
	 * for, in the form PutItem, UpdateItem, DeleteItem and the actions of
	 * TransactWriteItems share.
	 */
	Map<String, Object> writeAction(Statement statement, String returnValuesOnConditionCheckFailure) {
		Table table = Tables.forItems(this.context.catalog(), statement.table());
		KeySchema schema = table.definition().keySchema();
		Placeholders placeholders = new Placeholders();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("TableName", statement.table());
		if (statement instanceof Statement.Insert insert) {
			body.put("Item", Wire.item(insert.item()));
			body.put("ConditionExpression", "attribute_not_exists(" + placeholders.name(schema.hash().name()) + ")");
		}
		else if (statement instanceof Statement.Update update) {
			body.put("Key", Wire.item(KeyPlan.fullKey(update.where(), schema)));
			body.put("UpdateExpression", updateExpression(update, placeholders));
			body.put("ConditionExpression", placeholders.condition(update.where()));
		}
		else if (statement instanceof Statement.Delete delete) {
			body.put("Key", Wire.item(KeyPlan.fullKey(delete.where(), schema)));
			// a missing item is deleted without error; a present one must meet the clause
			body.put("ConditionExpression", "(" + placeholders.condition(delete.where()) + ") OR attribute_not_exists("
					+ placeholders.name(schema.hash().name()) + ")");
		}
		else if (statement instanceof Statement.Exists exists) {
			if (exists.select().index() != null || exists.select().projection() != null) {
				throw Errors.unsupported("EXISTS takes SELECT * FROM a table with its whole key");
			}
			body.put("Key", Wire.item(KeyPlan.fullKey(exists.select().where(), schema)));
			body.put("ConditionExpression", placeholders.condition(exists.select().where()));
		}
		else {
			throw Errors.unsupported("SELECT is not a write");
		}
		if (placeholders.namesMember() != null) {
			body.put("ExpressionAttributeNames", placeholders.namesMember());
		}
		if (placeholders.valuesMember() != null) {
			body.put("ExpressionAttributeValues", placeholders.valuesMember());
		}
		if (returnValuesOnConditionCheckFailure != null) {
			body.put("ReturnValuesOnConditionCheckFailure", returnValuesOnConditionCheckFailure);
		}
		return body;
	}

	private static String updateExpression(Statement.Update update, Placeholders placeholders) {
		List<String> sets = new ArrayList<>();
		List<String> adds = new ArrayList<>();
		List<String> deletes = new ArrayList<>();
		for (Statement.SetAction action : update.sets()) {
			String path = placeholders.path(action.path());
			if (action.value() instanceof Expr.Call call
					&& (call.name().equals("set_add") || call.name().equals("set_delete"))) {
				if (call.arguments().size() != 2 || !(call.arguments().get(1) instanceof Expr.Value value)) {
					throw Errors.syntax("function " + call.name() + " takes an attribute and a set value");
				}
				(call.name().equals("set_add") ? adds : deletes).add(path + " " + placeholders.value(value.value()));
			}
			else {
				sets.add(path + " = " + placeholders.updateValue(action.value()));
			}
		}
		List<String> removes = new ArrayList<>();
		for (Expr.Path path : update.removes()) {
			removes.add(placeholders.path(path));
		}
		StringBuilder text = new StringBuilder();
		clause(text, "SET", sets);
		clause(text, "REMOVE", removes);
		clause(text, "ADD", adds);
		clause(text, "DELETE", deletes);
		return text.toString();
	}

	private static void clause(StringBuilder text, String keyword, List<String> actions) {
		if (!actions.isEmpty()) {
			text.append(text.isEmpty() ? "" : " ").append(keyword).append(' ').append(String.join(", ", actions));
		}
	}

	private static KeySchema schema(Table table, String index) {
		if (index == null) {
			return table.definition().keySchema();
		}
		IndexDefinition definition = table.definition().index(index);
		return definition.keySchema();
	}

	private static ConsumedCapacity add(ConsumedCapacity total, Object member) {
		if (member == null) {
			return total;
		}
		ConsumedCapacity capacity = Capacity.of(member);
		return (total == null) ? capacity : total.add(capacity);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, AttributeValue> lastKey(Map<String, Object> page) {
		return (Map<String, AttributeValue>) page.get("LastEvaluatedKey");
	}

	/**
	 * Where a SELECT goes on: the partition (of an IN list) and the key after which to
	 * read, as an opaque string.
	 */
	private static final class Token {

		final int partition;

		final Map<String, AttributeValue> key;

		Token(int partition, Map<String, AttributeValue> key) {
			this.partition = partition;
			this.key = key;
		}

		String encode() {
			Map<String, Object> tree = new LinkedHashMap<>();
			tree.put("p", (long) this.partition);
			if (this.key != null) {
				tree.put("k", this.key);
			}
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.write(tree));
		}

		static Token decode(String text) {
			if (text == null) {
				return new Token(0, null);
			}
			try {
				Map<String, Object> tree = Json.parseObject(Base64.getUrlDecoder().decode(text));
				int partition = ((Number) tree.get("p")).intValue();
				Object key = tree.get("k");
				return new Token(partition, (key != null) ? new LinkedHashMap<>(AttributeValues.item(key)) : null);
			}
			catch (RuntimeException ex) {
				throw DynamoException.validation("Invalid NextToken");
			}
		}

	}

}
