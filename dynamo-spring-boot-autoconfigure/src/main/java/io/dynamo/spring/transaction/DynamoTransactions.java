/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Where writes of the current thread go: the hook through which
 * {@link io.dynamo.spring.core.DynamoOperations} implementations find the
 * {@link TransactionBuffer} of an active DynamoDB transaction on their client.
 *
 * @author dynamo-spring-boot authors
 */
public final class DynamoTransactions {

	private DynamoTransactions() {
	}

	/**
	 * Return the buffer of the DynamoDB transaction active on this thread for a client.
	 * @param client the client the writes would be sent with
	 * @return the buffer, or {@code null} when writes should be sent at once (no
	 * transaction, or a suspended one)
	 */
	public static @Nullable TransactionBuffer currentBuffer(DynamoDbClient client) {
		Object holder = TransactionSynchronizationManager.getResource(client);
		return (holder instanceof DynamoTransactionHolder transaction) ? transaction.buffer() : null;
	}

	/**
	 * Collect the writes that {@code writes} makes through operations on the client into
	 * a new buffer, bound to this thread only while they run, and send them as one
	 * transaction. Used by the programmatic transactions outside a DynamoDB transaction.
	 * @param <R> the result type
	 * @param executor the executor to send them with
	 * @param writes the writes
	 * @return what {@code writes} returned and the token the transaction was sent with
	 * @throws IllegalStateException if a DynamoDB transaction is already active on the
	 * executor's client (join it instead)
	 */
	public static <R> Collected<R> writeAtomically(TransactWriteExecutor executor, Supplier<R> writes) {
		DynamoDbClient client = executor.getClient();
		if (TransactionSynchronizationManager.hasResource(client)) {
			throw new IllegalStateException("A DynamoDB transaction is already active on this thread for the client: "
					+ "add the writes to its buffer (DynamoTransactions.currentBuffer) instead");
		}
		TransactionBuffer buffer = new TransactionBuffer(null, false);
		TransactionSynchronizationManager.bindResource(client, new DynamoTransactionHolder(buffer));
		R result;
		try {
			result = writes.get();
		}
		finally {
			TransactionSynchronizationManager.unbindResource(client);
		}
		executor.execute(buffer, null);
		return new Collected<>(result, buffer.clientRequestToken());
	}

	/**
	 * What {@link #writeAtomically} collected and sent.
	 *
	 * @param <R> the result type
	 * @param result what the writes returned
	 * @param clientRequestToken the token the transaction was sent with
	 */
	public record Collected<R>(R result, String clientRequestToken) {

	}

}
