/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A transaction would exceed one of DynamoDB's limits (100 actions, 4 MB of items):
 * refused before anything was sent. The message names the limit and what to change.
 *
 * @author dynamo-spring-boot authors
 */
public class TransactionLimitExceededException extends InvalidDataAccessApiUsageException {

	/**
	 * Create a new exception.
	 * @param message the message, naming the limit
	 */
	public TransactionLimitExceededException(String message) {
		super(message);
	}

}
