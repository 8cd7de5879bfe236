/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A batch get could not read every key before its time bound. The keys not read are
 * listed; the items read so far are available too.
 *
 * @author dynamo-spring-boot authors
 */
public class BatchGetIncompleteException extends DataAccessResourceFailureException {

	private final List<EntityKey> unreadKeys;

	private final BatchGetResult partialResult;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param unreadKeys the keys not read
	 * @param partialResult the items read
	 * @param cause the last error, if any
	 */
	public BatchGetIncompleteException(String message, List<EntityKey> unreadKeys, BatchGetResult partialResult,
			@Nullable Throwable cause) {
		super(message, cause);
		this.unreadKeys = List.copyOf(unreadKeys);
		this.partialResult = partialResult;
	}

	/**
	 * Return the keys that were not read.
	 * @return the keys
	 */
	public List<EntityKey> getUnreadKeys() {
		return this.unreadKeys;
	}

	/**
	 * Return the items that were read.
	 * @return the partial result
	 */
	public BatchGetResult getPartialResult() {
		return this.partialResult;
	}

}
