/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.ProjectionExpression;
import io.dynamo.embedded.model.AttributeValue;
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
 * One {@code Get} of a {@code TransactGetItems}: its item and projection, checked before
 * the read.
 */
final class GetAction {

	private final ItemRef ref;

	private final Projection projection;

	private GetAction(ItemRef ref, Projection projection) {
		this.ref = ref;
		this.projection = projection;
	}

	/** Checks the members' constraints of one {@code Get}. */
	static void constraints(Constraints constraints, Map<String, Object> get, int index) {
		String path = "transactItems." + index + ".member.get";
		constraints.notNull(path, get);
		if (get == null) {
			return;
		}
		String tableName = Members.string(get, "TableName");
		constraints.notNull(path + ".tableName", tableName);
		if (tableName != null && (tableName.length() < 3 || tableName.length() > 255)) {
			constraints.add(tableName, path + ".tableName", "Member must have length "
					+ ((tableName.length() < 3) ? "greater than or equal to 3" : "less than or equal to 255"));
		}
		constraints.name(path + ".tableName", tableName);
		constraints.notNull(path + ".key", get.get("Key"));
	}

	static GetAction parse(Catalog catalog, Map<String, Object> get) {
		Request request = new Request("TransactGetItems", get).without("ExpressionAttributeValues");
		Expressions.checkParameters(request, List.of("ProjectionExpression"), List.of());
		ExpressionAttributes attributes = Expressions.attributes(request);
		String text = request.string("ProjectionExpression");
		Projection projection = (text != null) ? ProjectionExpression.parse(text, attributes) : null;
		attributes.verifyAllUsed();
		Map<String, AttributeValue> key = request.item("Key");
		Table table = Tables.forItems(catalog, request.string("TableName"));
		PrimaryKey primaryKey = ItemChecks.key(key, table.definition());
		if (projection != null) {
			Expressions.checkKeyPaths(projection.paths(), table.definition());
		}
		return new GetAction(new ItemRef(table, primaryKey), projection);
	}

	ItemRef ref() {
		return this.ref;
	}

	/** The item as returned: projected when asked. */
	Map<String, AttributeValue> project(Map<String, AttributeValue> item) {
		return (item == null || this.projection == null) ? item : this.projection.apply(item);
	}

}
