/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/**
 * ExecuteStatement: one PartiQL statement. A SELECT is a Query of the partitions its
 * WHERE clause names (a Scan otherwise) and pages with NextToken; INSERT, UPDATE and
 * DELETE are the item writes {@link Statements} describes.
 */
public final class ExecuteStatement implements Operation {

	private final Statements statements;

	public ExecuteStatement(EngineContext context) {
		this.statements = new Statements(context);
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String nextToken = request.string("NextToken");
		Long limit = request.number("Limit");
		Boolean consistent = request.bool("ConsistentRead");
		String returnConsumedCapacity = request.string("ReturnConsumedCapacity");
		Constraints constraints = new Constraints();
		StatementRequests.constraints(constraints, "", request.body());
		constraints.minLength("nextToken", nextToken, 1)
			.maxLength("nextToken", nextToken, 32768)
			.oneOf("returnConsumedCapacity", returnConsumedCapacity, "INDEXES", "TOTAL", "NONE")
			.atLeast("limit", limit, 1)
			.check();
		Statement statement = StatementRequests.parse(request.body());
		if (statement instanceof Statement.Select select) {
			return this.statements.select(select, Boolean.TRUE.equals(consistent),
					(limit != null) ? limit.intValue() : null, nextToken, returnConsumedCapacity);
		}
		if (statement instanceof Statement.Exists) {
			throw Errors.unsupported("EXISTS is a condition of ExecuteTransaction only");
		}
		return this.statements.write(statement, request.string("ReturnValuesOnConditionCheckFailure"),
				returnConsumedCapacity);
	}

}
