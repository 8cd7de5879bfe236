/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A conditional write was refused because its condition did not hold. The stored item, if
 * any, is available through {@link #getExistingItem()}.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoConditionFailedException extends DataIntegrityViolationException {

	private final ExistingItem existingItem;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param existingItem the stored item
	 * @param cause the SDK exception, with DynamoDB's error code and request id
	 */
	public DynamoConditionFailedException(String message, ExistingItem existingItem, Throwable cause) {
		super(message, cause);
		this.existingItem = existingItem;
	}

	/**
	 * Return the item as stored when the condition failed.
	 * @return the existing item
	 */
	public ExistingItem getExistingItem() {
		return this.existingItem;
	}

}
