/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A versioned write found another version stored (or no item): someone else wrote it
 * first. Read the item again and retry. The stored item is available through
 * {@link #getExistingItem()}.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoOptimisticLockingFailureException extends OptimisticLockingFailureException {

	private final ExistingItem existingItem;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param existingItem the stored item
	 * @param cause the SDK exception
	 */
	public DynamoOptimisticLockingFailureException(String message, ExistingItem existingItem, Throwable cause) {
		super(message, cause);
		this.existingItem = existingItem;
	}

	/**
	 * Return the item as stored when the write was refused.
	 * @return the existing item
	 */
	public ExistingItem getExistingItem() {
		return this.existingItem;
	}

}
