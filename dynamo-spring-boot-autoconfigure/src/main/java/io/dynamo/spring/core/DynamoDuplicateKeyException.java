/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.springframework.dao.DuplicateKeyException;

/**
 * An insert-only write found an item with the same key. The stored item is available
 * through {@link #getExistingItem()}.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoDuplicateKeyException extends DuplicateKeyException {

	private final ExistingItem existingItem;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param existingItem the stored item
	 * @param cause the SDK exception
	 */
	public DynamoDuplicateKeyException(String message, ExistingItem existingItem, Throwable cause) {
		super(message, cause);
		this.existingItem = existingItem;
	}

	/**
	 * Return the item stored under the key.
	 * @return the existing item
	 */
	public ExistingItem getExistingItem() {
		return this.existingItem;
	}

}
