/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * What {@link io.dynamo.spring.core.DynamoOperations#transactWrite(TransactWrite)} wrote.
 *
 * @param clientRequestToken the token the transaction was sent with (inside a surrounding
 * DynamoDB transaction: the token it will be sent with at commit)
 * @param results one result per action, in order: the entity as written (generated id,
 * version and timestamps set) for saves and inserts, {@code null} for the others
 * @author dynamo-spring-boot authors
 */
public record TransactWriteResult(String clientRequestToken, List<@Nullable Object> results) {

	/**
	 * Copy the results.
	 * @param clientRequestToken the token
	 * @param results the results
	 */
	public TransactWriteResult {
		results = Collections.unmodifiableList(results);
	}

	/**
	 * Return the entity a save or insert wrote.
	 * @param <T> the entity type
	 * @param index the action's position, from 0
	 * @param type the entity class
	 * @return the entity as written
	 * @throws IllegalArgumentException if that action wrote no entity of the type
	 */
	public <T> T entity(int index, Class<T> type) {
		Object result = this.results.get(index);
		Assert.isInstanceOf(type, result, () -> "Action " + index + " of the transaction did not write a "
				+ type.getSimpleName() + " (only saves and inserts return their entity)");
		return type.cast(result);
	}

}
