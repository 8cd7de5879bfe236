/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.springframework.dao.UncategorizedDataAccessException;

/**
 * A DynamoDB error with no more specific translation; the cause holds DynamoDB's error
 * code and request id.
 *
 * @author dynamo-spring-boot authors
 */
public class UncategorizedDynamoException extends UncategorizedDataAccessException {

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param cause the SDK exception
	 */
	public UncategorizedDynamoException(String message, Throwable cause) {
		super(message, cause);
	}

}
