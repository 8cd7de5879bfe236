/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.capacity.CapacityUnits;
import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Legacy;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.ProjectionExpression;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Expressions;
import io.dynamo.embedded.operation.Keys;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;

/**
 * GetItem: one item by key, projected, with the read units of its size (half when
 * eventually consistent).
 */
public final class GetItem implements Operation {

	private final EngineContext context;

	public GetItem(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request call) {
		// GetItem has no ExpressionAttributeValues (its ProjectionExpression takes none):
		// the service ignores the member as any it does not know
		Request request = call.without("ExpressionAttributeValues");
		String name = request.string("TableName");
		List<String> attributesToGet = Members.strings(request.body().get("AttributesToGet"));
		Map<String, AttributeValue> key = request.item("Key");
		Boolean consistentRead = request.bool("ConsistentRead");
		Constraints constraints = new Constraints();
		ItemRequests.returnConsumedCapacity(constraints, request);
		constraints.minLength("attributesToGet", attributesToGet, 1)
			.maxLength("attributesToGet", attributesToGet, 255)
			.tableName("tableName", name)
			.notNull("key", key)
			.check();
		Expressions.checkParameters(request, List.of("ProjectionExpression"), List.of("AttributesToGet"));
		ExpressionAttributes attributes = Expressions.attributes(request);
		Projection projection = request.has("ProjectionExpression")
				? ProjectionExpression.parse(request.string("ProjectionExpression"), attributes)
				: (attributesToGet != null) ? Legacy.attributesToGet(request.list("AttributesToGet")) : null;
		attributes.verifyAllUsed();

		Table table = Tables.forItems(this.context.catalog(), name);
		PrimaryKey primaryKey = Keys.key(key, table.keySchema());
		if (projection != null) {
			Expressions.checkKeyPaths(projection.paths(), table.definition());
		}
		Map<String, AttributeValue> item = table.get(primaryKey);
		Map<String, Object> response = new LinkedHashMap<>();
		if (item != null) {
			response.put("Item", (projection != null) ? projection.apply(item) : item);
		}
		String returnConsumedCapacity = request.string("ReturnConsumedCapacity");
		if (ConsumedCapacity.requested(returnConsumedCapacity)) {
			ConsumedCapacity capacity = new ConsumedCapacity(name)
				.addTable(CapacityUnits.read(item, Boolean.TRUE.equals(consistentRead)));
			response.put("ConsumedCapacity", capacity.toResponse(returnConsumedCapacity));
		}
		return response;
	}

}
