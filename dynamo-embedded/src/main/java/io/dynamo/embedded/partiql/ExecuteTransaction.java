/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.operation.transaction.TransactGetItems;
import io.dynamo.embedded.operation.transaction.TransactWriteItems;

/**
 * ExecuteTransaction: up to 100 statements run as one transaction, all reads (a
 * TransactGetItems of the items their whole keys name) or all writes (a
 * TransactWriteItems, EXISTS as a ConditionCheck), never both (API reference,
 * ExecuteTransaction). The ClientRequestToken, the cancellation reasons and the doubled
 * capacity are TransactWriteItems' own; an INSERT whose item exists is cancelled with
 * {@code DuplicateItem}.
 */
public final class ExecuteTransaction implements Operation {

	/** DynamoDB's limit on a transaction's statements. */
	static final int MAX_STATEMENTS = 100;

	private final EngineContext context;

	private final Statements statements;

	private final TransactWriteItems writes;

	private final TransactGetItems reads;

	public ExecuteTransaction(EngineContext context) {
		this.context = context;
		this.statements = new Statements(context);
		this.writes = new TransactWriteItems(context);
		this.reads = new TransactGetItems(context);
	}

	@Override
	public Map<String, Object> execute(Request request) {
		List<Map<String, Object>> entries = Members.structures(request.body().get("TransactStatements"));
		String returnConsumedCapacity = request.string("ReturnConsumedCapacity");
		String token = request.string("ClientRequestToken");
		Constraints constraints = new Constraints();
		constraints.notNull("transactStatements", entries)
			.minLength("transactStatements", entries, 1)
			.maxLength("transactStatements", entries, MAX_STATEMENTS)
			.minLength("clientRequestToken", token, 1)
			.maxLength("clientRequestToken", token, 36)
			.oneOf("returnConsumedCapacity", returnConsumedCapacity, "INDEXES", "TOTAL", "NONE");
		if (entries != null && entries.size() <= MAX_STATEMENTS) {
			for (int i = 0; i < entries.size(); i++) {
				constraints.notNull("transactStatements." + (i + 1) + ".member", entries.get(i));
				if (entries.get(i) != null) {
					StatementRequests.constraints(constraints, "transactStatements." + (i + 1) + ".member.",
							entries.get(i));
				}
			}
		}
		constraints.check();

		List<Statement> parsed = new ArrayList<>(entries.size());
		for (Map<String, Object> entry : entries) {
			parsed.add(StatementRequests.parse(entry));
		}
		boolean reads = parsed.get(0).reads();
		for (Statement statement : parsed) {
			if (statement.reads() != reads) {
				throw DynamoException.validation("Unsupported operation: "
						+ "The entire transaction must consist of either read statements or write statements");
			}
		}
		return reads ? read(parsed, returnConsumedCapacity) : write(parsed, entries, token, returnConsumedCapacity);
	}

	private Map<String, Object> read(List<Statement> parsed, String returnConsumedCapacity) {
		List<Object> gets = new ArrayList<>(parsed.size());
		for (Statement statement : parsed) {
			Statement.Select select = (Statement.Select) statement;
			if (select.index() != null) {
				throw DynamoException.validation(Errors.MISSING_KEY);
			}
			Map<String, Object> get = new LinkedHashMap<>();
			get.put("TableName", select.table());
			get.put("Key", Wire.item(KeyPlan.fullKey(select.where(),
					Tables.forItems(this.context.catalog(), select.table()).definition().keySchema())));
			gets.add(Map.of("Get", get));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("TransactItems", gets);
		if (returnConsumedCapacity != null) {
			body.put("ReturnConsumedCapacity", returnConsumedCapacity);
		}
		Map<String, Object> response = new LinkedHashMap<>(this.reads.execute(new Request("TransactGetItems", body)));
		List<Object> responses = new ArrayList<>();
		List<?> read = (List<?>) response.get("Responses");
		for (int i = 0; i < parsed.size(); i++) {
			@SuppressWarnings("unchecked")
			Map<String, AttributeValue> item = (Map<String, AttributeValue>) ((Map<?, ?>) read.get(i)).get("Item");
			Map<String, AttributeValue> shown = Statements.matching((Statement.Select) parsed.get(i), item);
			responses.add((shown != null) ? Map.of("Item", shown) : Map.of());
		}
		response.put("Responses", responses);
		return response;
	}

	private Map<String, Object> write(List<Statement> parsed, List<Map<String, Object>> entries, String token,
			String returnConsumedCapacity) {
		List<Object> actions = new ArrayList<>(parsed.size());
		for (int i = 0; i < parsed.size(); i++) {
			Statement statement = parsed.get(i);
			Map<String, Object> action = this.statements.writeAction(statement,
					Members.string(entries.get(i), "ReturnValuesOnConditionCheckFailure"));
			String kind = (statement instanceof Statement.Insert) ? "Put" : (statement instanceof Statement.Update)
					? "Update" : (statement instanceof Statement.Delete) ? "Delete" : "ConditionCheck";
			actions.add(Map.of(kind, action));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("TransactItems", actions);
		if (token != null) {
			body.put("ClientRequestToken", token);
		}
		if (returnConsumedCapacity != null) {
			body.put("ReturnConsumedCapacity", returnConsumedCapacity);
		}
		try {
			return this.writes.execute(new Request("TransactWriteItems", body));
		}
		catch (DynamoException ex) {
			if (!ex.code().equals("TransactionCanceledException")) {
				throw ex;
			}
			throw duplicateItems(ex, parsed);
		}
	}

	/** The cancellation, an INSERT's failed condition reported as the duplicate it is. */
	@SuppressWarnings("unchecked")
	private static DynamoException duplicateItems(DynamoException cancellation, List<Statement> parsed) {
		List<Map<String, Object>> reasons = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		List<Map<String, Object>> original = (List<Map<String, Object>>) cancellation.members()
			.get("CancellationReasons");
		for (int i = 0; i < original.size(); i++) {
			Map<String, Object> reason = new LinkedHashMap<>(original.get(i));
			if (parsed.get(i) instanceof Statement.Insert && "ConditionalCheckFailed".equals(reason.get("Code"))) {
				reason.put("Code", "DuplicateItem");
				reason.put("Message", Errors.duplicateItem().getMessage());
			}
			reasons.add(reason);
			codes.add((String) reason.get("Code"));
		}
		return DynamoException
			.of("TransactionCanceledException", 400,
					"Transaction cancelled, please refer cancellation reasons for specific reasons ["
							+ String.join(", ", codes) + "]")
			.with("CancellationReasons", reasons);
	}

}
