/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import io.dynamo.embedded.model.DynamoException;

/** DynamoDB's errors for statements. */
final class Errors {

	/** The message when a write or a batch read does not name the whole primary key. */
	static final String MISSING_KEY = "Where clause does not contain a mandatory equality on all key attributes";

	private Errors() {
	}

	static DynamoException syntax(String detail) {
		return DynamoException.validation("Statement wasn't well formed, can't be processed: " + detail);
	}

	static DynamoException unsupported(String detail) {
		return DynamoException.validation("Unsupported operation: " + detail);
	}

	static DynamoException parameterCount() {
		return DynamoException.validation("Number of parameters in request and statement don't match.");
	}

	static DynamoException duplicateItem() {
		return DynamoException.of("DuplicateItemException", 400, "Duplicate primary key exists in table");
	}

}
