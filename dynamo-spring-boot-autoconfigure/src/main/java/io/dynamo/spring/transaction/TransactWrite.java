/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.UpdateOptions;
import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.Update;

/**
 * Puts, updates, deletes and condition checks across tables that
 * {@link DynamoOperations#transactWrite(TransactWrite)} writes together or not at all, as
 * one {@code TransactWriteItems} call. Each action behaves as the
 * {@link DynamoOperations} method of the same name: versions are checked and incremented,
 * insert-only and user conditions are checked, generated ids and timestamps are set.
 *
 * @author dynamo-spring-boot authors
 */
public final class TransactWrite {

	private final List<Function<DynamoOperations, @Nullable Object>> actions = new ArrayList<>();

	private TransactWrite() {
	}

	/**
	 * Start a transaction.
	 * @return an empty transaction
	 */
	public static TransactWrite create() {
		return new TransactWrite();
	}

	/**
	 * Write an entity, as {@link DynamoOperations#save(Object)}.
	 * @param entity the entity
	 * @return this transaction
	 */
	public TransactWrite save(Object entity) {
		return add((operations) -> operations.save(entity));
	}

	/**
	 * Write an entity if the stored item meets a condition, as
	 * {@link DynamoOperations#save(Object, Condition)}.
	 * @param entity the entity
	 * @param condition the condition
	 * @return this transaction
	 */
	public TransactWrite save(Object entity, Condition condition) {
		return add((operations) -> operations.save(entity, condition));
	}

	/**
	 * Write an entity only if no item has its key, as
	 * {@link DynamoOperations#insert(Object)}.
	 * @param entity the entity
	 * @return this transaction
	 */
	public TransactWrite insert(Object entity) {
		return add((operations) -> operations.insert(entity));
	}

	/**
	 * Update an item by key, as
	 * {@link DynamoOperations#update(Class, Object, Object, Update)}.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param update the update
	 * @return this transaction
	 */
	public TransactWrite update(Class<?> type, Object partitionValue, @Nullable Object sortValue, Update update) {
		return add((operations) -> {
			operations.update(type, partitionValue, sortValue, update);
			return null;
		});
	}

	/**
	 * Update an item by key if it meets a condition.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param update the update
	 * @param condition the condition
	 * @return this transaction
	 */
	public TransactWrite update(Class<?> type, Object partitionValue, @Nullable Object sortValue, Update update,
			Condition condition) {
		return add((operations) -> {
			operations.update(type, partitionValue, sortValue, update, UpdateOptions.when(condition));
			return null;
		});
	}

	/**
	 * Delete an entity's item, as {@link DynamoOperations#delete(Object)} (a versioned
	 * entity only if the stored version is its own).
	 * @param entity the entity
	 * @return this transaction
	 */
	public TransactWrite delete(Object entity) {
		return add((operations) -> {
			operations.delete(entity);
			return null;
		});
	}

	/**
	 * Delete an item by key.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @return this transaction
	 */
	public TransactWrite deleteById(Class<?> type, Object partitionValue, @Nullable Object sortValue) {
		return add((operations) -> {
			operations.deleteById(type, partitionValue, sortValue);
			return null;
		});
	}

	/**
	 * Delete an item by key if it meets a condition.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param condition the condition
	 * @return this transaction
	 */
	public TransactWrite deleteById(Class<?> type, Object partitionValue, @Nullable Object sortValue,
			Condition condition) {
		return add((operations) -> {
			operations.deleteById(type, partitionValue, sortValue, condition);
			return null;
		});
	}

	/**
	 * Check a condition on an item that the transaction does not write: the transaction
	 * is canceled if it does not hold.
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param condition the condition
	 * @return this transaction
	 */
	public TransactWrite conditionCheck(Class<?> type, Object partitionValue, @Nullable Object sortValue,
			Condition condition) {
		return add((operations) -> {
			operations.conditionCheck(type, partitionValue, sortValue, condition);
			return null;
		});
	}

	/**
	 * Return the number of actions.
	 * @return the count
	 */
	public int size() {
		return this.actions.size();
	}

	/**
	 * Make the actions through operations whose writes are collected into a transaction
	 * (called by {@link DynamoOperations#transactWrite} implementations).
	 * @param operations the operations
	 * @return one result per action: the entity as written for saves and inserts,
	 * {@code null} for the others
	 */
	public List<@Nullable Object> writeWith(DynamoOperations operations) {
		List<@Nullable Object> results = new ArrayList<>(this.actions.size());
		this.actions.forEach((action) -> results.add(action.apply(operations)));
		return results;
	}

	private TransactWrite add(Function<DynamoOperations, @Nullable Object> action) {
		this.actions.add(action);
		return this;
	}

}
