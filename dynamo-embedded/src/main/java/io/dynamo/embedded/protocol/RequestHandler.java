/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

/**
 * What the transports hand a request to: the {@code X-Amz-Target} header and the body.
 */
@FunctionalInterface
public interface RequestHandler {

	/**
	 * Handles one request; never throws, errors come back as error responses.
	 * @param target the {@code X-Amz-Target} header, such as
	 * {@code DynamoDB_20120810.GetItem}
	 * @param body the request body
	 * @return the response
	 */
	EngineResponse handle(String target, byte[] body);

}
