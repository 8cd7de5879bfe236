/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.capacity.CapacityUnits;
import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.capacity.TableCapacities;
import io.dynamo.embedded.capacity.WriteCapacity;
import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ConditionExpression;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Update;
import io.dynamo.embedded.expression.UpdateExpression;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Expressions;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.ItemRef;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;

/**
 * One action of a {@code TransactWriteItems}, parsed and checked against its table before
 * any lock is taken, then evaluated against the locked current item.
 */
final class WriteAction {

	/** The four kinds, by their member names. */
	enum Kind {

		CONDITION_CHECK("ConditionCheck", "conditionCheck"), PUT("Put", "put"), DELETE("Delete", "delete"),
		UPDATE("Update", "update");

		final String member;

		final String path;

		Kind(String member, String path) {
			this.member = member;
			this.path = path;
		}

	}

	private static final List<String> CONDITION_EXPRESSION = List.of("ConditionExpression");

	private static final List<String> UPDATE_EXPRESSIONS = List.of("UpdateExpression", "ConditionExpression");

	private final Kind kind;

	private final ItemRef ref;

	private final Map<String, AttributeValue> key;

	private final Map<String, AttributeValue> item;

	private final Update update;

	private final Condition condition;

	private final boolean returnOldOnFailure;

	private WriteAction(Kind kind, ItemRef ref, Map<String, AttributeValue> key, Map<String, AttributeValue> item,
			Update update, Condition condition, boolean returnOldOnFailure) {
		this.kind = kind;
		this.ref = ref;
		this.key = key;
		this.item = item;
		this.update = update;
		this.condition = condition;
		this.returnOldOnFailure = returnOldOnFailure;
	}

	/** The kind of a {@code TransactWriteItem}: exactly one of its four members. */
	static Kind kindOf(Map<String, Object> transactItem) {
		Kind found = null;
		for (Kind kind : Kind.values()) {
			if (transactItem != null && transactItem.get(kind.member) != null) {
				if (found != null) {
					found = null;
					break;
				}
				found = kind;
			}
		}
		if (found == null) {
			throw DynamoException.validation("TransactItems can only contain one of Check, Put, Update or Delete");
		}
		return found;
	}

	/** Checks the members' constraints of one action. */
	static void constraints(Constraints constraints, Kind kind, Map<String, Object> action, int index) {
		String path = "transactItems." + index + ".member." + kind.path + ".";
		String tableName = Members.string(action, "TableName");
		constraints.notNull(path + "tableName", tableName);
		if (tableName != null && (tableName.length() < 3 || tableName.length() > 255)) {
			constraints.add(tableName, path + "tableName", "Member must have length "
					+ ((tableName.length() < 3) ? "greater than or equal to 3" : "less than or equal to 255"));
		}
		constraints.name(path + "tableName", tableName);
		if (kind == Kind.PUT) {
			constraints.notNull(path + "item", action.get("Item"));
		}
		else {
			constraints.notNull(path + "key", action.get("Key"));
		}
		if (kind == Kind.UPDATE) {
			constraints.notNull(path + "updateExpression", Members.string(action, "UpdateExpression"));
		}
		if (kind == Kind.CONDITION_CHECK) {
			constraints.notNull(path + "conditionExpression", Members.string(action, "ConditionExpression"));
		}
		constraints.oneOf(path + "returnValuesOnConditionCheckFailure",
				Members.string(action, "ReturnValuesOnConditionCheckFailure"), "ALL_OLD", "NONE");
	}

	/** Parses one action whose constraints were checked. */
	static WriteAction parse(Catalog catalog, Kind kind, Map<String, Object> action) {
		Request request = new Request("TransactWriteItems", action);
		Expressions.checkParameters(request, (kind == Kind.UPDATE) ? UPDATE_EXPRESSIONS : CONDITION_EXPRESSION,
				List.of());
		ExpressionAttributes attributes = Expressions.attributes(request);
		Update update = null;
		if (kind == Kind.UPDATE) {
			update = UpdateExpression.parse(request.string("UpdateExpression"), attributes);
		}
		String conditionText = request.string("ConditionExpression");
		Condition condition = (conditionText != null) ? ConditionExpression.parse(conditionText, attributes) : null;
		attributes.verifyAllUsed();
		Map<String, AttributeValue> item = null;
		if (kind == Kind.PUT) {
			item = request.item("Item");
			ItemChecks.itemSize(item);
		}
		Table table = Tables.forItems(catalog, request.string("TableName"));
		PrimaryKey primaryKey;
		Map<String, AttributeValue> key;
		if (kind == Kind.PUT) {
			primaryKey = ItemChecks.putItem(item, table.definition());
			item = ItemChecks.stored(item);
			key = primaryKey.toItem(table.keySchema());
		}
		else {
			key = request.item("Key");
			primaryKey = ItemChecks.key(key, table.definition());
		}
		if (update != null) {
			ItemChecks.updatePaths(update.paths(), table.definition());
			Expressions.checkKeyPaths(update.paths(), table.definition());
		}
		boolean returnOld = "ALL_OLD".equals(request.string("ReturnValuesOnConditionCheckFailure"));
		return new WriteAction(kind, new ItemRef(table, primaryKey), key, item, update, condition, returnOld);
	}

	ItemRef ref() {
		return this.ref;
	}

	Kind kind() {
		return this.kind;
	}

	/** Whether the action writes (all but a condition check). */
	boolean writes() {
		return this.kind != Kind.CONDITION_CHECK;
	}

	/** The bytes this action counts towards the transaction's 4 MB: its item or key. */
	long size() {
		return Sizes.itemSize((this.item != null) ? this.item : this.key);
	}

	/**
	 * The item after this action, from the locked current one: the current item itself
	 * for a condition check.
	 * @throws Failure when the condition fails or the result breaks an item rule
	 */
	Map<String, AttributeValue> apply(Map<String, AttributeValue> current) {
		if (this.condition != null && !this.condition.test((current != null) ? current : Map.of())) {
			throw new Failure("ConditionalCheckFailed", "The conditional request failed",
					this.returnOldOnFailure ? current : null);
		}
		try {
			return switch (this.kind) {
				case CONDITION_CHECK -> current;
				case PUT -> this.item;
				case DELETE -> null;
				case UPDATE -> ItemChecks.updated(current, this.update, this.key, this.ref.table().definition());
			};
		}
		catch (DynamoException ex) {
			throw new Failure("ValidationError", ex.getMessage(), null);
		}
	}

	/**
	 * The units of this action, doubled as for every transactional request: the write of
	 * the old item into the new, or for a condition check the consistent read of the
	 * item.
	 */
	void consumed(TableCapacities capacities, Map<String, AttributeValue> oldItem,
			Map<String, AttributeValue> newItem) {
		if (writes()) {
			ConsumedCapacity capacity = WriteCapacity.of(this.ref.table().definition(), oldItem, newItem);
			capacities.write(capacity.times(2));
		}
		else {
			capacities.read(this.ref.table().name(), 2 * CapacityUnits.read(oldItem, true));
		}
	}

	/** The consistent read of the item, as a repeated request is charged. */
	void replayed(TableCapacities capacities) {
		capacities.read(this.ref.table().name(), CapacityUnits.read(this.ref.table().get(this.ref.key()), true));
	}

	/** Why an action cancels its transaction: a cancellation reason. */
	static final class Failure extends RuntimeException {

		final String code;

		final Map<String, AttributeValue> item;

		Failure(String code, String message, Map<String, AttributeValue> item) {
			super(message, null, false, false);
			this.code = code;
			this.item = item;
		}

	}

}
