/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.Map;

/**
 * One API action: validates its request, runs it against the engine's state and shapes
 * the response as DynamoDB does. Implementations are stateless and safe for concurrent
 * use.
 */
@FunctionalInterface
public interface Operation {

	/**
	 * Runs the action.
	 * @param request the parsed request
	 * @return the response tree (see {@link io.dynamo.embedded.protocol.Json#write})
	 * @throws io.dynamo.embedded.model.DynamoException an error as DynamoDB sends it
	 */
	Map<String, Object> execute(Request request);

}
