/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Thrown before sending when an item is larger than DynamoDB's 400 KB limit; nothing was
 * written. The message names the entity and its largest attributes.
 *
 * @author dynamo-spring-boot authors
 */
public class ItemSizeExceededException extends InvalidDataAccessApiUsageException {

	private final long size;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param size the item's size in bytes
	 */
	public ItemSizeExceededException(String message, long size) {
		super(message);
		this.size = size;
	}

	/**
	 * Return the size of the item that was refused.
	 * @return the size in bytes, as DynamoDB counts it
	 */
	public long getSize() {
		return this.size;
	}

}
