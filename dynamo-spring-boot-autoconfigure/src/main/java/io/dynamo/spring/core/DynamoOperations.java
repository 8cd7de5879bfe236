/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.transaction.TransactGet;
import io.dynamo.spring.transaction.TransactGetResult;
import io.dynamo.spring.transaction.TransactWrite;
import io.dynamo.spring.transaction.TransactWriteResult;

/**
 * Operations on items of mapped entities: single items, queries, scans and batches. Key
 * values are the values callers know: the key attributes' values, or for a templated key
 * (see {@link io.dynamo.spring.mapping.PartitionKeyTemplate}) the value of its
 * placeholder attribute. Errors are Spring
 * {@link org.springframework.dao.DataAccessException}s.
 * <p>
 * Inside a DynamoDB transaction (such as {@code @Transactional} with the
 * {@link io.dynamo.spring.transaction.DynamoTransactionManager}) every write (save,
 * insert, update, delete, batch write) is held and sent with the others at commit as one
 * {@code TransactWriteItems} call: saves and inserts return the entity as it will be
 * written, deletes and updates return no item. Reads are sent at once, are not isolated
 * and do not see the held writes.
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
	 * @return the entity as written: a new instance with the generated id, version and
	 * timestamps set, or the entity given when writing sets or leaves out nothing in it
	 * (see {@link io.dynamo.spring.mapping.EntityMetadata#writesAsMapped()})
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
	 * Query lazily: pages are fetched as the stream is consumed, so memory stays constant
	 * whatever the number of items. Close the stream (or consume it) when done.
	 * @param <T> the entity type
	 * @param spec the query
	 * @return the items
	 */
	<T> Stream<T> query(QuerySpec<T> spec);

	/**
	 * Query one page, for callers that page themselves (such as web APIs).
	 * @param <T> the entity type
	 * @param spec the query; its page size (or limit) sizes the page
	 * @param pageToken the token of the previous page, or {@code null} for the first
	 * @return the page and the token of the next one
	 * @throws InvalidPageTokenException if the token is not valid for this query
	 */
	<T> DynamoPage<T> queryPage(QuerySpec<T> spec, @Nullable String pageToken);

	/**
	 * Count the items a query matches ({@code Select=COUNT}: no item is loaded).
	 * @param <T> the entity type
	 * @param spec the query
	 * @return the number of items
	 */
	<T> long count(QuerySpec<T> spec);

	/**
	 * Scan lazily: every item of the table (or index), page by page.
	 * @param <T> the entity type
	 * @param spec the scan
	 * @return the items
	 */
	<T> Stream<T> scan(ScanSpec<T> spec);

	/**
	 * Scan one page.
	 * @param <T> the entity type
	 * @param spec the scan
	 * @param pageToken the token of the previous page, or {@code null} for the first
	 * @return the page and the token of the next one
	 * @throws InvalidPageTokenException if the token is not valid for this scan
	 */
	<T> DynamoPage<T> scanPage(ScanSpec<T> spec, @Nullable String pageToken);

	/**
	 * Count the items a scan matches ({@code Select=COUNT}: no item is loaded).
	 * @param <T> the entity type
	 * @param spec the scan
	 * @return the number of items
	 */
	<T> long count(ScanSpec<T> spec);

	/**
	 * Scan in parallel segments on a bounded pool, merged into one lazy stream with
	 * constant memory; items arrive in no particular order. Close the stream to stop
	 * early.
	 * @param <T> the entity type
	 * @param spec the scan
	 * @param totalSegments the number of segments
	 * @return the items
	 */
	<T> Stream<T> parallelScan(ScanSpec<T> spec, int totalSegments);

	/**
	 * Return one lazy stream per segment of a parallel scan, for callers that consume the
	 * segments on threads of their own.
	 * @param <T> the entity type
	 * @param spec the scan
	 * @param totalSegments the number of segments
	 * @return the segments' streams
	 */
	<T> List<Stream<T>> scanSegments(ScanSpec<T> spec, int totalSegments);

	/**
	 * Write a batch of puts and deletes with the default {@link BatchOptions}.
	 * @param batch the writes
	 * @return what was done
	 * @throws BatchWriteIncompleteException naming exactly the writes not done
	 */
	BatchWriteResult batchWrite(BatchWrite batch);

	/**
	 * Write a batch of puts and deletes.
	 * @param batch the writes
	 * @param options parallelism and time bound
	 * @return what was done
	 * @throws BatchWriteIncompleteException naming exactly the writes not done
	 */
	BatchWriteResult batchWrite(BatchWrite batch, BatchOptions options);

	/**
	 * Read a batch of keys with the default {@link BatchOptions}.
	 * @param batch the keys
	 * @return the items read
	 * @throws BatchGetIncompleteException naming the keys not read
	 */
	BatchGetResult batchGet(BatchGet batch);

	/**
	 * Read a batch of keys.
	 * @param batch the keys
	 * @param options parallelism and time bound
	 * @return the items read
	 * @throws BatchGetIncompleteException naming the keys not read
	 */
	BatchGetResult batchGet(BatchGet batch, BatchOptions options);

	/**
	 * Add a condition check on an item to the current DynamoDB transaction: the
	 * transaction is canceled if the condition does not hold at commit.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null}
	 * @param condition the condition
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException outside a
	 * DynamoDB transaction
	 */
	<T> void conditionCheck(Class<T> type, Object partitionValue, @Nullable Object sortValue, Condition condition);

	/**
	 * Write puts, updates, deletes and condition checks together or not at all, as one
	 * {@code TransactWriteItems} call with a {@code ClientRequestToken} (so retries never
	 * apply it twice). Inside a DynamoDB transaction the actions join it and are sent at
	 * its commit.
	 * @param write the actions
	 * @return the entities written and the token
	 * @throws io.dynamo.spring.transaction.DynamoTransactionCanceledException if DynamoDB
	 * canceled the transaction (with the reason of every action)
	 * @throws org.springframework.dao.OptimisticLockingFailureException if a version
	 * check failed
	 * @throws org.springframework.dao.DuplicateKeyException if an insert found its key
	 * taken
	 * @throws io.dynamo.spring.transaction.TransactionLimitExceededException over 100
	 * actions or 4 MB
	 */
	TransactWriteResult transactWrite(TransactWrite write);

	/**
	 * Read up to 100 items together, strongly consistent and serializable with
	 * transactions, as one {@code TransactGetItems} call.
	 * @param get the keys
	 * @return the entities in the order of the keys, absent items as empty
	 * @throws io.dynamo.spring.transaction.TransactionLimitExceededException over 100
	 * keys
	 */
	TransactGetResult transactGet(TransactGet get);

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
