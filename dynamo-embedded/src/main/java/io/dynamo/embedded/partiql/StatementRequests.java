/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Members;

/**
 * The parts the three PartiQL actions share: the constraints of one statement and its
 * parameters, parsing it, and the error codes of batch responses.
 */
final class StatementRequests {

	/** DynamoDB's limit on a statement's length. */
	static final int MAX_STATEMENT = 8192;

	private StatementRequests() {
	}

	/** The constraints of a statement entry ({@code path} is its position). */
	static void constraints(Constraints constraints, String path, Map<String, Object> entry) {
		String statement = Members.string(entry, "Statement");
		List<Object> parameters = parameters(entry);
		constraints.notNull(path + "statement", statement)
			.minLength(path + "statement", statement, 1)
			.maxLength(path + "statement", statement, MAX_STATEMENT)
			.minLength(path + "parameters", parameters, 1)
			.oneOf(path + "returnValuesOnConditionCheckFailure",
					Members.string(entry, "ReturnValuesOnConditionCheckFailure"), "ALL_OLD", "NONE");
	}

	/** The statement of an entry, parsed with its parameters bound. */
	static Statement parse(Map<String, Object> entry) {
		List<AttributeValue> parameters = Statements.parameters(parameters(entry));
		return Parser.parse(Members.string(entry, "Statement"), parameters);
	}

	@SuppressWarnings("unchecked")
	private static List<Object> parameters(Map<String, Object> entry) {
		Object parameters = entry.get("Parameters");
		if (parameters != null && !(parameters instanceof List)) {
			throw DynamoException.serialization("Unexpected field type");
		}
		return (List<Object>) parameters;
	}

	/**
	 * The code of a {@code BatchStatementError} for an error: the exception's code
	 * without {@code Exception}, as the API reference lists them.
	 */
	static String batchCode(DynamoException ex) {
		return switch (ex.code()) {
			case "ValidationException" -> "ValidationError";
			case "ThrottlingException" -> "ThrottlingError";
			case "InternalServerError" -> "InternalServerError";
			default -> ex.code().endsWith("Exception") ? ex.code().substring(0, ex.code().length() - 9) : ex.code();
		};
	}

}
