/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import io.dynamo.spring.metrics.DynamoRequests;
import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import org.springframework.util.Assert;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Sends the actions of a {@link TransactionBuffer} as one {@code TransactWriteItems} call
 * with the buffer's {@code ClientRequestToken}: DynamoDB applies a request with a token
 * it has already applied (in the last 10 minutes) only once, so the SDK's retries after a
 * lost response and ours after a conflict never write twice. Cancellations become
 * {@link DynamoTransactionCanceledException} (or the optimistic-locking and duplicate-key
 * exceptions of the writes that failed), conflicts that outlast the retries
 * {@link DynamoTransactionConflictException}.
 *
 * @author dynamo-spring-boot authors
 */
public class TransactWriteExecutor {

	/**
	 * The default number of retries of a transaction canceled by conflicts.
	 */
	public static final int DEFAULT_CONFLICT_RETRIES = 3;

	/**
	 * The default first backoff before such a retry.
	 */
	public static final Duration DEFAULT_CONFLICT_BACKOFF = Duration.ofMillis(20);

	private final DynamoDbClient client;

	// INDEXES when the client's interceptors ask for consumed capacity: set as the
	// request
	// is built, so that they have no request to copy
	private final @Nullable ReturnConsumedCapacity consumedCapacity;

	private final ConflictRetries retries;

	/**
	 * Create an executor with the default retries.
	 * @param client the client to call
	 */
	public TransactWriteExecutor(DynamoDbClient client) {
		this(client, DEFAULT_CONFLICT_RETRIES, DEFAULT_CONFLICT_BACKOFF);
	}

	/**
	 * Create an executor.
	 * @param client the client to call
	 * @param conflictRetries the retries, with the same token, of a transaction canceled
	 * only by conflicts or throttling (0 for none)
	 * @param conflictBackoff the first backoff before such a retry, doubled for each
	 * retry up to a second
	 */
	public TransactWriteExecutor(DynamoDbClient client, int conflictRetries, Duration conflictBackoff) {
		Assert.notNull(client, "'client' must not be null");
		Assert.isTrue(conflictRetries >= 0, "'conflictRetries' must not be negative");
		Assert.isTrue(!conflictBackoff.isNegative(), "'conflictBackoff' must not be negative");
		this.client = client;
		this.consumedCapacity = DynamoRequests.consumedCapacityOf(client);
		this.retries = new ConflictRetries(conflictRetries, conflictBackoff);
	}

	/**
	 * Send the buffer's actions; nothing is sent for an empty buffer.
	 * @param buffer the actions
	 * @param timeout the time the call may take, retries included, or {@code null} for
	 * the client's timeouts
	 * @throws org.springframework.dao.DataAccessException if DynamoDB refused or canceled
	 * the transaction, or could not be reached
	 */
	public void execute(TransactionBuffer buffer, @Nullable Duration timeout) {
		if (buffer.isEmpty()) {
			return;
		}
		List<BufferedAction> actions = buffer.actions();
		TransactWriteItemsRequest request = TransactWriteItemsRequest.builder()
			.transactItems(buffer.items())
			.clientRequestToken(buffer.clientRequestToken())
			.returnConsumedCapacity(this.consumedCapacity)
			.build();
		this.retries.send("TransactWriteItems", actions, buffer.clientRequestToken(), timeout,
				(left) -> this.client.transactWriteItems((left != null)
						? request.toBuilder().overrideConfiguration((override) -> override.apiCallTimeout(left)).build()
						: request));
	}

	/**
	 * Return the client this executor calls.
	 * @return the client
	 */
	public DynamoDbClient getClient() {
		return this.client;
	}

	/**
	 * Return the number of retries of a transaction canceled by conflicts.
	 * @return the retries after the first attempt
	 */
	public int getConflictRetries() {
		return this.retries.retries();
	}

	/**
	 * Return the first backoff before such a retry.
	 * @return the backoff
	 */
	public Duration getConflictBackoff() {
		return this.retries.backoff();
	}

}
