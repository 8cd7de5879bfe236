/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A batch write could not write every item before its time bound, met an error that
 * retrying does not cure, or had puts it could not send (an item over 400 KB, named by
 * the cause, an {@link io.dynamo.spring.mapping.ItemSizeExceededException}, when no
 * request failed). Exactly the writes that did not happen are listed; all others were
 * written.
 *
 * @author dynamo-spring-boot authors
 */
public class BatchWriteIncompleteException extends DataAccessResourceFailureException {

	private final List<Object> unwrittenPuts;

	private final List<EntityKey> unwrittenDeletes;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param unwrittenPuts the entities not written
	 * @param unwrittenDeletes the keys not deleted
	 * @param cause the last error, if any
	 */
	public BatchWriteIncompleteException(String message, List<Object> unwrittenPuts, List<EntityKey> unwrittenDeletes,
			@Nullable Throwable cause) {
		super(message, cause);
		this.unwrittenPuts = List.copyOf(unwrittenPuts);
		this.unwrittenDeletes = List.copyOf(unwrittenDeletes);
	}

	/**
	 * Return the entities that were not written.
	 * @return the entities, as passed to the batch
	 */
	public List<Object> getUnwrittenPuts() {
		return this.unwrittenPuts;
	}

	/**
	 * Return the keys that were not deleted.
	 * @return the keys
	 */
	public List<EntityKey> getUnwrittenDeletes() {
		return this.unwrittenDeletes;
	}

}
