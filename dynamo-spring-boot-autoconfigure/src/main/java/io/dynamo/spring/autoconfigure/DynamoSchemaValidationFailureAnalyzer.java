/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.core.DynamoSchemaValidationException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports tables that do not match their entities when
 * {@code dynamo.schema.action=validate}, one difference per line.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoSchemaValidationFailureAnalyzer extends AbstractFailureAnalyzer<DynamoSchemaValidationException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DynamoSchemaValidationException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Change the tables (or the entities) so that they match, set dynamo.schema.action=create to create "
						+ "missing tables, or set dynamo.schema.action=none to skip the check.",
				cause);
	}

}
