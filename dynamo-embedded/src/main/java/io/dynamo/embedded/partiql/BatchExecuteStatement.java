/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/**
 * BatchExecuteStatement: up to 25 statements, all reads or all writes (API reference,
 * BatchExecuteStatement). Each read names one item by its whole key and runs as a
 * GetItem; each write runs as its item write. A statement that fails does not fail the
 * batch: its response carries the error (a {@code BatchStatementError} code such as
 * {@code ConditionalCheckFailed}, {@code DuplicateItem}, {@code ValidationError}) and the
 * others run.
 */
public final class BatchExecuteStatement implements Operation {

	/** DynamoDB's limit on a batch's statements. */
	static final int MAX_STATEMENTS = 25;

	private final Statements statements;

	public BatchExecuteStatement(EngineContext context) {
		this.statements = new Statements(context);
	}

	@Override
	public Map<String, Object> execute(Request request) {
		List<Map<String, Object>> entries = Members.structures(request.body().get("Statements"));
		String returnConsumedCapacity = request.string("ReturnConsumedCapacity");
		Constraints constraints = new Constraints();
		constraints.notNull("statements", entries)
			.minLength("statements", entries, 1)
			.maxLength("statements", entries, MAX_STATEMENTS)
			.oneOf("returnConsumedCapacity", returnConsumedCapacity, "INDEXES", "TOTAL", "NONE");
		if (entries != null && entries.size() <= MAX_STATEMENTS) {
			for (int i = 0; i < entries.size(); i++) {
				constraints.notNull("statements." + (i + 1) + ".member", entries.get(i));
				if (entries.get(i) != null) {
					StatementRequests.constraints(constraints, "statements." + (i + 1) + ".member.", entries.get(i));
				}
			}
		}
		constraints.check();

		// a statement that does not parse is that statement's error; the batch's kind is
		// that of the statements that do
		List<Object> parsed = new ArrayList<>(entries.size());
		Boolean reads = null;
		for (Map<String, Object> entry : entries) {
			try {
				Statement statement = StatementRequests.parse(entry);
				if (statement instanceof Statement.Exists) {
					throw Errors.unsupported("EXISTS is a condition of ExecuteTransaction only");
				}
				if (reads != null && reads != statement.reads()) {
					throw DynamoException.validation(
							"Unsupported operation: The entire batch must consist of either read statements or write statements");
				}
				reads = statement.reads();
				parsed.add(statement);
			}
			catch (DynamoException ex) {
				if (ex.getMessage().startsWith("Unsupported operation: The entire batch")) {
					throw ex;
				}
				parsed.add(ex);
			}
		}

		boolean tracked = ConsumedCapacity.requested(returnConsumedCapacity);
		Map<String, ConsumedCapacity> capacities = new LinkedHashMap<>();
		List<Object> responses = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			Map<String, Object> entry = entries.get(i);
			Object statement = parsed.get(i);
			Map<String, Object> response = new LinkedHashMap<>();
			try {
				if (statement instanceof DynamoException ex) {
					throw ex;
				}
				Statement current = (Statement) statement;
				response.put("TableName", current.table());
				Map<String, Object> result;
				if (current instanceof Statement.Select select) {
					result = this.statements.selectItem(select,
							Boolean.TRUE.equals(Members.bool(entry, "ConsistentRead")), tracked ? "INDEXES" : null);
					if (result.containsKey("Item")) {
						response.put("Item", result.get("Item"));
					}
				}
				else {
					result = this.statements.write(current,
							Members.string(entry, "ReturnValuesOnConditionCheckFailure"), tracked ? "INDEXES" : null);
				}
				if (result.get("ConsumedCapacity") != null) {
					ConsumedCapacity units = Capacity.of(result.get("ConsumedCapacity"));
					capacities.merge(units.tableName(), units, ConsumedCapacity::add);
				}
			}
			catch (DynamoException ex) {
				Map<String, Object> error = new LinkedHashMap<>();
				error.put("Code", StatementRequests.batchCode(ex));
				error.put("Message", ex.getMessage());
				if (ex.members().get("Item") != null) {
					error.put("Item", ex.members().get("Item"));
				}
				response.put("Error", error);
			}
			responses.add(response);
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("Responses", responses);
		if (tracked) {
			List<Object> consumed = new ArrayList<>();
			capacities.values().forEach((units) -> consumed.add(units.toResponse(returnConsumedCapacity)));
			result.put("ConsumedCapacity", consumed);
		}
		return result;
	}

}
