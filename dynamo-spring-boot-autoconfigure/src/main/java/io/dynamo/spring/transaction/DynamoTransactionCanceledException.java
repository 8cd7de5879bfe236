/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * DynamoDB canceled a transaction: nothing of it was written. The reasons, one per action
 * in the order of the transaction, name each action's entity, key, DynamoDB's reason code
 * and message and, where DynamoDB returned it, the stored item.
 * <p>
 * A failed version check is raised as an
 * {@link org.springframework.dao.OptimisticLockingFailureException} and a failed
 * insert-only condition as a {@link org.springframework.dao.DuplicateKeyException}
 * instead, with this exception as their cause.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoTransactionCanceledException extends DataIntegrityViolationException {

	private final List<CancellationReason> reasons;

	private final String clientRequestToken;

	/**
	 * Create a new exception.
	 * @param message the message
	 * @param reasons the reasons, one per action
	 * @param clientRequestToken the transaction's idempotency token
	 * @param cause the SDK exception
	 */
	public DynamoTransactionCanceledException(String message, List<CancellationReason> reasons,
			String clientRequestToken, Throwable cause) {
		super(message, cause);
		this.reasons = List.copyOf(reasons);
		this.clientRequestToken = clientRequestToken;
	}

	/**
	 * Return the reasons, one per action of the transaction, in its order.
	 * @return the reasons
	 */
	public List<CancellationReason> getReasons() {
		return this.reasons;
	}

	/**
	 * Return the reasons of the actions that failed (whose code is not {@code None}).
	 * @return the failed actions' reasons
	 */
	public List<CancellationReason> getFailedReasons() {
		return this.reasons.stream().filter(CancellationReason::failed).toList();
	}

	/**
	 * Return the {@code ClientRequestToken} the transaction was sent with.
	 * @return the token
	 */
	public String getClientRequestToken() {
		return this.clientRequestToken;
	}

}
