/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.ResourceTransactionManager;
import org.springframework.transaction.support.SmartTransactionObject;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.Assert;

/**
 * A {@link org.springframework.transaction.PlatformTransactionManager} for DynamoDB:
 * inside a transaction every write made through
 * {@link io.dynamo.spring.core.DynamoOperations} on the manager's client is held in a
 * {@link TransactionBuffer}, and at commit all of them are sent as one
 * {@code TransactWriteItems} call (they happen together or not at all); on rollback
 * nothing is sent. Reads are not isolated and do not see the held writes: use
 * {@link io.dynamo.spring.core.DynamoOperations#transactGet} for a consistent read of
 * several items.
 * <p>
 * Propagation: {@code REQUIRED} joins, {@code REQUIRES_NEW} suspends the current
 * transaction and starts a separate one (sent at its own commit), {@code SUPPORTS},
 * {@code MANDATORY}, {@code NOT_SUPPORTED} and {@code NEVER} as Spring defines them,
 * writes outside a transaction going out at once. {@code NESTED} is refused: DynamoDB has
 * no savepoints. Isolation levels other than the default are refused. A transaction's
 * timeout bounds its commit. Synchronizations ({@code afterCommit},
 * {@code @TransactionalEventListener}) run after the {@code TransactWriteItems} call
 * succeeded.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoTransactionManager extends AbstractPlatformTransactionManager implements ResourceTransactionManager {

	private final DynamoDbClient client;

	private final TransactWriteExecutor executor;

	/**
	 * Create a manager with the default conflict retries.
	 * @param client the client whose writes are grouped; the template must use the same
	 * client instance
	 */
	public DynamoTransactionManager(DynamoDbClient client) {
		this(new TransactWriteExecutor(client));
	}

	/**
	 * Create a manager.
	 * @param executor the executor that sends the transactions, on the client whose
	 * writes are grouped
	 */
	public DynamoTransactionManager(TransactWriteExecutor executor) {
		Assert.notNull(executor, "'executor' must not be null");
		this.client = executor.getClient();
		this.executor = executor;
		// let NESTED reach doBegin, which refuses it with a message that says why
		setNestedTransactionAllowed(true);
	}

	@Override
	public Object getResourceFactory() {
		return this.client;
	}

	/**
	 * Return the client whose writes this manager groups.
	 * @return the client
	 */
	public DynamoDbClient getClient() {
		return this.client;
	}

	@Override
	protected Object doGetTransaction() {
		return new DynamoTransactionObject(
				(DynamoTransactionHolder) TransactionSynchronizationManager.getResource(this.client));
	}

	@Override
	protected boolean isExistingTransaction(Object transaction) {
		return ((DynamoTransactionObject) transaction).holder != null;
	}

	@Override
	protected boolean useSavepointForNestedTransaction() {
		return false;
	}

	@Override
	protected void doBegin(Object transaction, TransactionDefinition definition) {
		if (definition.getPropagationBehavior() == TransactionDefinition.PROPAGATION_NESTED) {
			throw new NestedTransactionNotSupportedException("DynamoDB transactions cannot be nested"
					+ describe(definition) + ": DynamoDB has no savepoints, a TransactWriteItems call succeeds or "
					+ "fails whole. Use Propagation.REQUIRED to join the current transaction or "
					+ "Propagation.REQUIRES_NEW for a separate one.");
		}
		if (definition.getIsolationLevel() != TransactionDefinition.ISOLATION_DEFAULT) {
			throw new InvalidIsolationLevelException("DynamoDB transactions take no isolation level"
					+ describe(definition) + ": their writes are applied together and serializably, their reads "
					+ "are not isolated. Remove the isolation attribute, and read with transactGet where several "
					+ "items must be read consistently.");
		}
		DynamoTransactionObject object = (DynamoTransactionObject) transaction;
		DynamoTransactionHolder holder = new DynamoTransactionHolder(
				new TransactionBuffer(definition.getName(), definition.isReadOnly()));
		int timeout = determineTimeout(definition);
		if (timeout != TransactionDefinition.TIMEOUT_DEFAULT) {
			holder.setTimeoutInSeconds(timeout);
		}
		holder.setSynchronizedWithTransaction(true);
		object.holder = holder;
		TransactionSynchronizationManager.bindResource(this.client, holder);
	}

	@Override
	protected Object doSuspend(Object transaction) {
		((DynamoTransactionObject) transaction).holder = null;
		return TransactionSynchronizationManager.unbindResource(this.client);
	}

	@Override
	protected void doResume(@Nullable Object transaction, Object suspendedResources) {
		TransactionSynchronizationManager.bindResource(this.client, suspendedResources);
	}

	@Override
	protected void doCommit(DefaultTransactionStatus status) {
		DynamoTransactionHolder holder = holder(status);
		Duration timeout = holder.hasTimeout() ? Duration.ofMillis(holder.getTimeToLiveInMillis()) : null;
		this.executor.execute(holder.buffer(), timeout);
		holder.buffer().complete();
	}

	@Override
	protected void doRollback(DefaultTransactionStatus status) {
		TransactionBuffer buffer = holder(status).buffer();
		buffer.clear();
		buffer.complete();
	}

	@Override
	protected void doSetRollbackOnly(DefaultTransactionStatus status) {
		holder(status).setRollbackOnly();
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		DynamoTransactionObject object = (DynamoTransactionObject) transaction;
		TransactionSynchronizationManager.unbindResourceIfPossible(this.client);
		if (object.holder != null) {
			object.holder.buffer().clear();
			object.holder.clear();
			object.holder = null;
		}
	}

	private static DynamoTransactionHolder holder(DefaultTransactionStatus status) {
		DynamoTransactionHolder holder = ((DynamoTransactionObject) status.getTransaction()).holder;
		Assert.state(holder != null, "No DynamoDB transaction is active");
		return holder;
	}

	private static String describe(TransactionDefinition definition) {
		return (definition.getName() != null) ? " (in '" + definition.getName() + "')" : "";
	}

	/**
	 * The transaction object: the holder of the current transaction, if any.
	 */
	private static final class DynamoTransactionObject implements SmartTransactionObject {

		private @Nullable DynamoTransactionHolder holder;

		DynamoTransactionObject(@Nullable DynamoTransactionHolder holder) {
			this.holder = holder;
		}

		@Override
		public boolean isRollbackOnly() {
			return this.holder != null && this.holder.isRollbackOnly();
		}

		@Override
		public void flush() {
			// writes are held until commit: nothing can be sent early without breaking
			// the all-or-nothing promise
		}

	}

}
