/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A page token was refused before any call to DynamoDB: tampered with, truncated,
 * expired, or issued for another query. Web APIs should answer it with 400 Bad Request.
 *
 * @author dynamo-spring-boot authors
 */
public class InvalidPageTokenException extends InvalidDataAccessApiUsageException {

	/**
	 * Create a new exception.
	 * @param message why the token was refused
	 */
	public InvalidPageTokenException(String message) {
		super(message);
	}

}
