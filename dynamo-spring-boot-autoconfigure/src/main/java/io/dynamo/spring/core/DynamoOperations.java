/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.mapping.DynamoMappingContext;

/**
 * Operations on single items of mapped entities. Key values are the values callers know:
 * the key attributes' values, or for a templated key (see
 * {@link io.dynamo.spring.mapping.PartitionKeyTemplate}) the value of its placeholder
 * attribute. Errors are Spring {@link org.springframework.dao.DataAccessException}s.
 *
 * @author dynamo-spring-boot authors
 */
public interface DynamoOperations {

	/**
	 * Read an item of a table without sort key, eventually consistent.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @return the entity, or empty when no item has the key
	 */
	<T> Optional<T> findById(Class<T> type, Object partitionValue);

	/**
	 * Read an item, eventually consistent.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null} for a table without sort key
	 * @return the entity, or empty when no item has the key
	 */
	<T> Optional<T> findById(Class<T> type, Object partitionValue, @Nullable Object sortValue);

	/**
	 * Read an item with the given consistency and projection.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param options consistency and projection
	 * @return the entity (with only the projected attributes set), or empty
	 */
	<T> Optional<T> findById(Class<T> type, Object partitionValue, @Nullable Object sortValue, ReadOptions options);

	/**
	 * Write an item, replacing any item with the same key. A versioned entity is written
	 * only if the stored version is the entity's (or, for a new entity, if no item
	 * exists), and its version is incremented.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the entity as written (generated id, version and timestamps set)
	 * @throws org.springframework.dao.OptimisticLockingFailureException on a version
	 * conflict
	 */
	<T> T save(T entity);

	/**
	 * Write an item only if the stored item meets the condition.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param condition the condition, or {@code null}
	 * @return the entity as written
	 * @throws DynamoConditionFailedException if the condition does not hold
	 */
	<T> T save(T entity, @Nullable Condition condition);

	/**
	 * Write an item only if no item has its key.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @return the entity as written
	 * @throws org.springframework.dao.DuplicateKeyException if the key is taken
	 */
	<T> T insert(T entity);

	/**
	 * Delete the entity's item; a versioned entity only if the stored version is its own.
	 * @param <T> the entity type
	 * @param entity the entity
	 */
	<T> void delete(T entity);

	/**
	 * Delete an item by key.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @return the deleted entity, or empty when no item had the key
	 */
	<T> Optional<T> deleteById(Class<T> type, Object partitionValue, @Nullable Object sortValue);

	/**
	 * Delete an item by key only if it meets the condition.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param condition the condition, or {@code null}
	 * @return the deleted entity, or empty when no item had the key
	 * @throws DynamoConditionFailedException if the condition does not hold
	 */
	<T> Optional<T> deleteById(Class<T> type, Object partitionValue, @Nullable Object sortValue,
			@Nullable Condition condition);

	/**
	 * Update an item by key without reading it first, returning the whole item after the
	 * update. An absent item is created with the key and the updated attributes.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param update the update
	 * @return the result
	 */
	<T> UpdateResult<T> update(Class<T> type, Object partitionValue, @Nullable Object sortValue, Update update);

	/**
	 * Update an item by key without reading it first.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param update the update
	 * @param options condition and return values
	 * @return the result
	 * @throws DynamoConditionFailedException if the condition does not hold
	 */
	<T> UpdateResult<T> update(Class<T> type, Object partitionValue, @Nullable Object sortValue, Update update,
			UpdateOptions options);

	/**
	 * Return the entity metadata registry.
	 * @return the mapping context
	 */
	DynamoMappingContext getMappingContext();

	/**
	 * Return the client the operations use.
	 * @return the client
	 */
	DynamoDbClient getClient();

}
