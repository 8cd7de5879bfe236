/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.ExpressionContext;
import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.ItemSizes;
import io.dynamo.spring.metrics.DynamoRequests;
import io.dynamo.spring.transaction.DynamoTransactions;
import io.dynamo.spring.transaction.TransactGet;
import io.dynamo.spring.transaction.TransactGetExecutor;
import io.dynamo.spring.transaction.TransactGetResult;
import io.dynamo.spring.transaction.TransactWrite;
import io.dynamo.spring.transaction.TransactWriteExecutor;
import io.dynamo.spring.transaction.TransactWriteResult;
import io.dynamo.spring.transaction.TransactionBuffer;

import org.springframework.dao.DataAccessException;
import org.springframework.util.Assert;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * The default {@link DynamoOperations}: maps entities with their {@link EntityMetadata},
 * renders conditions, updates and projections with placeholders for every name and value,
 * checks item sizes before sending, and translates errors into Spring's
 * {@link DataAccessException} hierarchy. Inside a DynamoDB transaction (see
 * {@link io.dynamo.spring.transaction.DynamoTransactionManager}) its writes are held in
 * the transaction's {@link TransactionBuffer} and sent at commit.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoTemplate implements DynamoOperations {

	private final DynamoDbClient client;

	// INDEXES when the client's interceptors ask for consumed capacity: set as the
	// request
	// is built, so that they have no request to copy
	private final @Nullable ReturnConsumedCapacity consumedCapacity;

	private final DynamoMappingContext mappingContext;

	private final DynamoExceptionTranslator translator = new DynamoExceptionTranslator();

	private final QueryExecutor queries;

	private final BatchExecutor batches;

	private final BatchOptions batchOptions;

	private TransactGetExecutor transactGets;

	private TransactWriteExecutor transactWrites;

	/**
	 * Create a template whose page tokens are encrypted with a random key (valid in this
	 * process for an hour).
	 * @param client the client to call
	 * @param mappingContext the entity metadata
	 */
	public DynamoTemplate(DynamoDbClient client, DynamoMappingContext mappingContext) {
		this(client, mappingContext, PageTokenCodec.withRandomKey(java.time.Duration.ofHours(1)), BatchOptions.DEFAULT);
	}

	/**
	 * Create a template.
	 * @param client the client to call
	 * @param mappingContext the entity metadata
	 * @param pageTokens the codec of page tokens
	 * @param batchOptions the default options of batches and parallel scans
	 */
	public DynamoTemplate(DynamoDbClient client, DynamoMappingContext mappingContext, PageTokenCodec pageTokens,
			BatchOptions batchOptions) {
		Assert.notNull(client, "'client' must not be null");
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		this.client = client;
		this.consumedCapacity = DynamoRequests.consumedCapacityOf(client);
		this.mappingContext = mappingContext;
		this.queries = new QueryExecutor(client, mappingContext, pageTokens);
		this.batches = new BatchExecutor(client, mappingContext);
		this.batchOptions = batchOptions;
		this.transactGets = new TransactGetExecutor(client, mappingContext);
		this.transactWrites = new TransactWriteExecutor(client);
	}

	/**
	 * Set the executor of the transactions of {@link #transactWrite} made outside a
	 * DynamoDB transaction; {@link #transactGet} retries conflicts as it does.
	 * @param transactWrites the executor, on this template's client
	 */
	public void setTransactWriteExecutor(TransactWriteExecutor transactWrites) {
		Assert.isTrue(transactWrites.getClient() == this.client, "The executor must use the template's client");
		this.transactWrites = transactWrites;
		this.transactGets = new TransactGetExecutor(this.client, this.mappingContext,
				transactWrites.getConflictRetries(), transactWrites.getConflictBackoff());
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object partitionValue) {
		return findById(type, partitionValue, null, ReadOptions.DEFAULT);
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object partitionValue, @Nullable Object sortValue) {
		return findById(type, partitionValue, sortValue, ReadOptions.DEFAULT);
	}

	@Override
	public <T> Optional<T> findById(Class<T> type, Object partitionValue, @Nullable Object sortValue,
			ReadOptions options) {
		EntityMetadata<T> entity = entity(type);
		GetItemRequest.Builder request = GetItemRequest.builder()
			.tableName(entity.tableName())
			.returnConsumedCapacity(this.consumedCapacity)
			.key(entity.key(partitionValue, sortValue))
			.consistentRead(options.consistentRead());
		Projection projection = options.projection();
		if (projection != null) {
			ExpressionContext context = entity.newExpressionContext();
			request.projectionExpression(projection.including(keyAttributes(entity)).render(context))
				.expressionAttributeNames(context.namesOrNull());
		}
		GetItemResponse response = execute("GetItem", entity, () -> this.client.getItem(request.build()));
		return response.hasItem() && !response.item().isEmpty() ? Optional.of(entity.fromItem(response.item()))
				: Optional.empty();
	}

	@Override
	public <T> T save(T entity) {
		return save(entity, null);
	}

	@Override
	public <T> T save(T entity, @Nullable Condition condition) {
		return put(entity, condition, false);
	}

	@Override
	public <T> T insert(T entity) {
		return put(entity, null, true);
	}

	@SuppressWarnings("unchecked")
	private <T> T put(T entity, @Nullable Condition userCondition, boolean insertOnly) {
		Assert.notNull(entity, "'entity' must not be null");
		EntityMetadata<T> metadata = entity((Class<T>) entity.getClass());
		Map<String, AttributeValue> item = metadata.toItem(entity);
		String versionAttribute = metadata.versionAttribute();
		BigInteger expectedVersion = null;
		Condition condition = userCondition;
		if (insertOnly) {
			condition = and(Condition.notExists(metadata.partitionKey()), condition);
		}
		if (versionAttribute != null) {
			expectedVersion = insertOnly ? null : version(item.get(versionAttribute));
			if (expectedVersion == null) {
				condition = insertOnly ? condition : and(Condition.notExists(metadata.partitionKey()), condition);
				item.put(versionAttribute, AttributeValue.fromN("1"));
			}
			else {
				condition = and(Condition.where(AttributePath.of(versionAttribute)).eq(item.get(versionAttribute)),
						condition);
				item.put(versionAttribute, AttributeValue.fromN(expectedVersion.add(BigInteger.ONE).toString()));
			}
		}
		TransactionBuffer buffer = DynamoTransactions.currentBuffer(this.client);
		if (buffer == null) {
			// inside a transaction the buffer sizes the item and checks it, once
			ItemSizes.requireWithinLimit(metadata.entityName(), item);
		}
		String conditionExpression = null;
		Map<String, String> names = null;
		Map<String, AttributeValue> values = null;
		ReturnValuesOnConditionCheckFailure onFailure = null;
		if (condition != null) {
			ExpressionContext context = metadata.newExpressionContext();
			conditionExpression = condition.render(context);
			names = context.namesOrNull();
			values = context.valuesOrNull();
			onFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD;
		}
		BigInteger expected = expectedVersion;
		FailureMapper failure = (existing, ex) -> {
			if (insertOnly && existing.exists()) {
				return new DynamoDuplicateKeyException(metadata.entityName() + " with key "
						+ describeKey(metadata, item) + " already exists in table '" + metadata.tableName() + "'",
						existing, ex);
			}
			if (versionAttribute != null && !versionMatches(existing, versionAttribute, expected)) {
				return lockFailure(metadata, item, versionAttribute, expected, existing, ex);
			}
			return null;
		};
		if (buffer != null) {
			// built as the transaction takes it: the item is copied once, as for PutItem
			buffer.put(metadata,
					Put.builder()
						.tableName(metadata.tableName())
						.item(item)
						.conditionExpression(conditionExpression)
						.expressionAttributeNames(names)
						.expressionAttributeValues(values)
						.returnValuesOnConditionCheckFailure(onFailure)
						.build(),
					failure::map);
		}
		else {
			PutItemRequest request = PutItemRequest.builder()
				.tableName(metadata.tableName())
				.returnConsumedCapacity(this.consumedCapacity)
				.item(item)
				.conditionExpression(conditionExpression)
				.expressionAttributeNames(names)
				.expressionAttributeValues(values)
				.returnValuesOnConditionCheckFailure(onFailure)
				.build();
			executeConditional("PutItem", metadata, () -> this.client.putItem(request), failure);
		}
		return metadata.written(entity, item);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T> void delete(T entity) {
		Assert.notNull(entity, "'entity' must not be null");
		EntityMetadata<T> metadata = entity((Class<T>) entity.getClass());
		Map<String, AttributeValue> item = metadata.toItem(entity);
		Map<String, AttributeValue> key = metadata.keyOf(item);
		String versionAttribute = metadata.versionAttribute();
		BigInteger expected = (versionAttribute != null) ? version(item.get(versionAttribute)) : null;
		Condition condition = (expected != null)
				? Condition.where(AttributePath.of(versionAttribute)).eq(item.get(versionAttribute)) : null;
		deleteItem(metadata, key, condition, (existing, ex) -> (versionAttribute != null && expected != null)
				? lockFailure(metadata, item, versionAttribute, expected, existing, ex) : null);
	}

	@Override
	public <T> Optional<T> deleteById(Class<T> type, Object partitionValue, @Nullable Object sortValue) {
		return deleteById(type, partitionValue, sortValue, null);
	}

	@Override
	public <T> Optional<T> deleteById(Class<T> type, Object partitionValue, @Nullable Object sortValue,
			@Nullable Condition condition) {
		EntityMetadata<T> metadata = entity(type);
		Map<String, AttributeValue> old = deleteItem(metadata, metadata.key(partitionValue, sortValue), condition,
				(existing, ex) -> null);
		return old.isEmpty() ? Optional.empty() : Optional.of(metadata.fromItem(old));
	}

	private <T> Map<String, AttributeValue> deleteItem(EntityMetadata<T> metadata, Map<String, AttributeValue> key,
			@Nullable Condition condition, FailureMapper failureMapper) {
		DeleteItemRequest.Builder request = DeleteItemRequest.builder()
			.tableName(metadata.tableName())
			.returnConsumedCapacity(this.consumedCapacity)
			.key(key)
			.returnValues(ReturnValue.ALL_OLD);
		if (condition != null) {
			ExpressionContext context = metadata.newExpressionContext();
			request.conditionExpression(condition.render(context))
				.expressionAttributeNames(context.namesOrNull())
				.expressionAttributeValues(context.valuesOrNull())
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
		}
		TransactionBuffer buffer = DynamoTransactions.currentBuffer(this.client);
		if (buffer != null) {
			// the deleted item is not known before the transaction commits
			buffer.delete(metadata, request.build(), failureMapper::map);
			return Map.of();
		}
		return executeConditional("DeleteItem", metadata, () -> this.client.deleteItem(request.build()), failureMapper)
			.attributes();
	}

	@Override
	public <T> UpdateResult<T> update(Class<T> type, Object partitionValue, @Nullable Object sortValue, Update update) {
		return update(type, partitionValue, sortValue, update, UpdateOptions.DEFAULT);
	}

	@Override
	public <T> UpdateResult<T> update(Class<T> type, Object partitionValue, @Nullable Object sortValue, Update update,
			UpdateOptions options) {
		Assert.isTrue(!update.isEmpty(), "An update needs at least one action");
		EntityMetadata<T> metadata = entity(type);
		Map<String, AttributeValue> key = metadata.key(partitionValue, sortValue);
		for (AttributePath path : update.paths()) {
			Assert.isTrue(!key.containsKey(path.topLevelName()), () -> "Key attribute '" + path.topLevelName() + "' of "
					+ metadata.entityName() + " cannot be updated: write a new item and delete the old one");
		}
		ExpressionContext context = metadata.newExpressionContext();
		UpdateItemRequest.Builder request = UpdateItemRequest.builder()
			.tableName(metadata.tableName())
			.returnConsumedCapacity(this.consumedCapacity)
			.key(key)
			.updateExpression(metadata.withManagedAttributes(update).render(context))
			.returnValues(options.returnValues());
		Condition condition = options.condition();
		if (condition != null) {
			request.conditionExpression(condition.render(context))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD);
		}
		request.expressionAttributeNames(context.namesOrNull()).expressionAttributeValues(context.valuesOrNull());
		TransactionBuffer buffer = DynamoTransactions.currentBuffer(this.client);
		if (buffer != null) {
			// a transaction returns no values: the result is empty
			buffer.update(metadata, request.build(), null);
			return new UpdateResult<>(Map.of(), metadata::fromItem);
		}
		Map<String, AttributeValue> attributes = executeConditional("UpdateItem", metadata,
				() -> this.client.updateItem(request.build()), (existing, ex) -> null)
			.attributes();
		return new UpdateResult<>(attributes, metadata::fromItem);
	}

	@Override
	public <T> Stream<T> query(QuerySpec<T> spec) {
		return this.queries.query(spec);
	}

	@Override
	public <T> DynamoPage<T> queryPage(QuerySpec<T> spec, @Nullable String pageToken) {
		return this.queries.queryPage(spec, pageToken);
	}

	@Override
	public <T> long count(QuerySpec<T> spec) {
		return this.queries.count(spec);
	}

	@Override
	public <T> Stream<T> scan(ScanSpec<T> spec) {
		return this.queries.scan(spec);
	}

	@Override
	public <T> DynamoPage<T> scanPage(ScanSpec<T> spec, @Nullable String pageToken) {
		return this.queries.scanPage(spec, pageToken);
	}

	@Override
	public <T> long count(ScanSpec<T> spec) {
		return this.queries.count(spec);
	}

	@Override
	public <T> Stream<T> parallelScan(ScanSpec<T> spec, int totalSegments) {
		Assert.isTrue(totalSegments > 0 && totalSegments <= 1_000_000, "totalSegments must be from 1 to 1,000,000");
		return ParallelScan.stream(this.queries, spec, totalSegments, this.batchOptions.maxParallelism());
	}

	@Override
	public <T> List<Stream<T>> scanSegments(ScanSpec<T> spec, int totalSegments) {
		Assert.isTrue(totalSegments > 0 && totalSegments <= 1_000_000, "totalSegments must be from 1 to 1,000,000");
		List<Stream<T>> segments = new ArrayList<>(totalSegments);
		for (int segment = 0; segment < totalSegments; segment++) {
			segments.add(this.queries.scanSegment(spec, segment, totalSegments));
		}
		return segments;
	}

	@Override
	public BatchWriteResult batchWrite(BatchWrite batch) {
		return batchWrite(batch, this.batchOptions);
	}

	@Override
	public BatchWriteResult batchWrite(BatchWrite batch, BatchOptions options) {
		return this.batches.write(batch, options);
	}

	@Override
	public BatchGetResult batchGet(BatchGet batch) {
		return batchGet(batch, this.batchOptions);
	}

	@Override
	public BatchGetResult batchGet(BatchGet batch, BatchOptions options) {
		return this.batches.get(batch, options);
	}

	@Override
	public <T> void conditionCheck(Class<T> type, Object partitionValue, @Nullable Object sortValue,
			Condition condition) {
		EntityMetadata<T> metadata = entity(type);
		TransactionBuffer buffer = DynamoTransactions.currentBuffer(this.client);
		if (buffer == null) {
			throw new org.springframework.dao.InvalidDataAccessApiUsageException("A condition check on "
					+ metadata.entityName() + " needs a transaction: make it inside @Transactional (with the "
					+ "DynamoDB transaction manager) or add it to a TransactWrite");
		}
		ExpressionContext context = metadata.newExpressionContext();
		buffer.conditionCheck(metadata,
				ConditionCheck.builder()
					.tableName(metadata.tableName())
					.key(metadata.key(partitionValue, sortValue))
					.conditionExpression(condition.render(context))
					.expressionAttributeNames(context.namesOrNull())
					.expressionAttributeValues(context.valuesOrNull())
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)
					.build());
	}

	@Override
	public TransactWriteResult transactWrite(TransactWrite write) {
		Assert.notNull(write, "'write' must not be null");
		TransactionBuffer buffer = DynamoTransactions.currentBuffer(this.client);
		if (buffer != null) {
			return new TransactWriteResult(buffer.clientRequestToken(), write.writeWith(this));
		}
		DynamoTransactions.Collected<List<@Nullable Object>> written = DynamoTransactions
			.writeAtomically(this.transactWrites, () -> write.writeWith(this));
		return new TransactWriteResult(written.clientRequestToken(), written.result());
	}

	@Override
	public TransactGetResult transactGet(TransactGet get) {
		Assert.notNull(get, "'get' must not be null");
		return this.transactGets.execute(get);
	}

	@Override
	public DynamoMappingContext getMappingContext() {
		return this.mappingContext;
	}

	@Override
	public DynamoDbClient getClient() {
		return this.client;
	}

	/**
	 * Return the metadata of an entity type.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the metadata
	 */
	protected <T> EntityMetadata<T> entity(Class<T> type) {
		return this.mappingContext.getEntity(type);
	}

	private <R> R execute(String operation, EntityMetadata<?> metadata, Supplier<R> call) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, operation, metadata.tableName());
		}
	}

	private Returned executeConditional(String operation, EntityMetadata<?> metadata,
			Supplier<? extends software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse> call,
			FailureMapper failureMapper) {
		try {
			return new Returned(call.get());
		}
		catch (ConditionalCheckFailedException ex) {
			ExistingItem existing = (ex.hasItem() && !ex.item().isEmpty())
					? new ExistingItem(ex.item(), mapQuietly(metadata, ex.item())) : ExistingItem.NONE;
			DataAccessException specific = failureMapper.map(existing, ex);
			if (specific != null) {
				throw specific;
			}
			throw new DynamoConditionFailedException(
					DynamoExceptionTranslator.describe(ex, operation, metadata.tableName())
							+ " (the condition did not hold for " + metadata.entityName() + ")",
					existing, ex);
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, operation, metadata.tableName());
		}
	}

	private static @Nullable Object mapQuietly(EntityMetadata<?> metadata, Map<String, AttributeValue> item) {
		try {
			return metadata.fromItem(item);
		}
		catch (RuntimeException ex) {
			// in single-table design the stored item may be of another type: keep the raw
			// attributes rather than hide the write's failure behind a mapping error
			return null;
		}
	}

	private static <T> DataAccessException lockFailure(EntityMetadata<T> metadata, Map<String, AttributeValue> item,
			String versionAttribute, @Nullable BigInteger expected, ExistingItem existing, Throwable ex) {
		String stored = existing.exists() ? String.valueOf(version(existing.attributes().get(versionAttribute)))
				: "no item";
		return new DynamoOptimisticLockingFailureException(metadata.entityName() + " with key "
				+ describeKey(metadata, item) + " was changed by someone else: expected "
				+ ((expected != null) ? "version " + expected : "no item") + " but found " + stored
				+ (existing.exists() ? " (version)" : "") + ". Read it again and retry.", existing, ex);
	}

	private static boolean versionMatches(ExistingItem existing, String versionAttribute,
			@Nullable BigInteger expected) {
		if (expected == null) {
			return !existing.exists();
		}
		return existing.exists() && expected.equals(version(existing.attributes().get(versionAttribute)));
	}

	private static @Nullable BigInteger version(@Nullable AttributeValue value) {
		if (value == null || value.n() == null) {
			return null;
		}
		BigInteger version = new java.math.BigDecimal(value.n()).toBigInteger();
		return (version.signum() == 0) ? null : version;
	}

	private static String describeKey(EntityMetadata<?> metadata, Map<String, AttributeValue> item) {
		return KeyDescriptions.describe(metadata.keyOf(item));
	}

	private static List<String> keyAttributes(EntityMetadata<?> metadata) {
		List<String> keys = new ArrayList<>(2);
		keys.add(metadata.partitionKey());
		if (metadata.sortKey() != null) {
			keys.add(metadata.sortKey());
		}
		return keys;
	}

	private static @Nullable Condition and(Condition first, @Nullable Condition second) {
		return (second != null) ? first.and(second) : first;
	}

	@FunctionalInterface
	private interface FailureMapper {

		@Nullable DataAccessException map(ExistingItem existing, Throwable ex);

	}

	private record Returned(software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse response) {

		Map<String, AttributeValue> attributes() {
			if (this.response instanceof software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse delete) {
				return delete.hasAttributes() ? delete.attributes() : Map.of();
			}
			if (this.response instanceof software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse update) {
				return update.hasAttributes() ? update.attributes() : Map.of();
			}
			return Map.of();
		}

	}

}
