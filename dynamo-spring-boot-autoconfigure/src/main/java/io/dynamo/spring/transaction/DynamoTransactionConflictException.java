/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.List;

import org.springframework.dao.TransientDataAccessResourceException;

/**
 * A transaction kept conflicting with other writes on its items (or was throttled) after
 * it was retried, each time with the same {@code ClientRequestToken}: nothing of it was
 * written, and running it again later may succeed. Raise
 * {@code dynamo.transactions.conflict-retries} to retry longer.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoTransactionConflictException extends TransientDataAccessResourceException {

	private final List<CancellationReason> reasons;

	private final String clientRequestToken;

	private final int attempts;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param reasons the reasons of the last attempt, one per action
	 * @param clientRequestToken the token every attempt carried
	 * @param attempts the number of attempts made
	 * @param cause the SDK exception of the last attempt
	 */
	public DynamoTransactionConflictException(String message, List<CancellationReason> reasons,
			String clientRequestToken, int attempts, Throwable cause) {
		super(message, cause);
		this.reasons = List.copyOf(reasons);
		this.clientRequestToken = clientRequestToken;
		this.attempts = attempts;
	}

	/**
	 * Return the reasons of the last attempt, one per action, in the transaction's order.
	 * @return the reasons
	 */
	public List<CancellationReason> getReasons() {
		return this.reasons;
	}

	/**
	 * Return the {@code ClientRequestToken} every attempt carried.
	 * @return the token
	 */
	public String getClientRequestToken() {
		return this.clientRequestToken;
	}

	/**
	 * Return the number of attempts made.
	 * @return the first attempt plus the retries
	 */
	public int getAttempts() {
		return this.attempts;
	}

}
