/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registry of API actions by name.
 */
public final class Operations {

	private Operations() {
	}

	/** The DynamoDB actions ({@code DynamoDB_20120810.*}). */
	public static Map<String, Operation> dynamoDb(EngineContext context) {
		Map<String, Operation> operations = new LinkedHashMap<>();
		return operations;
	}

	/** The DynamoDB Streams actions ({@code DynamoDBStreams_20120810.*}). */
	public static Map<String, Operation> streams(EngineContext context) {
		Map<String, Operation> operations = new LinkedHashMap<>();
		return operations;
	}

}
