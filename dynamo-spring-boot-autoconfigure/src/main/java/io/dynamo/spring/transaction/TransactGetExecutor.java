/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;

import io.dynamo.spring.core.EntityKey;
import io.dynamo.spring.core.KeyDescriptions;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.ItemIdentity;
import io.dynamo.spring.metrics.DynamoRequests;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.util.Assert;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads a {@link TransactGet} as one {@code TransactGetItems} call, retrying conflicts
 * with writes in progress as {@link TransactWriteExecutor} does.
 *
 * @author dynamo-spring-boot authors
 */
public class TransactGetExecutor {

	private final DynamoDbClient client;

	// INDEXES when the client's interceptors ask for consumed capacity: set as the
	// request
	// is built, so that they have no request to copy
	private final @Nullable ReturnConsumedCapacity consumedCapacity;

	private final DynamoMappingContext mappingContext;

	private final ConflictRetries retries;

	/**
	 * Create an executor with the default conflict retries.
	 * @param client the client to call
	 * @param mappingContext the entity metadata
	 */
	public TransactGetExecutor(DynamoDbClient client, DynamoMappingContext mappingContext) {
		this(client, mappingContext, TransactWriteExecutor.DEFAULT_CONFLICT_RETRIES,
				TransactWriteExecutor.DEFAULT_CONFLICT_BACKOFF);
	}

	/**
	 * Create an executor.
	 * @param client the client to call
	 * @param mappingContext the entity metadata
	 * @param conflictRetries the retries of a read canceled only by conflicts with writes
	 * in progress (0 for none)
	 * @param conflictBackoff the first backoff before such a retry
	 */
	public TransactGetExecutor(DynamoDbClient client, DynamoMappingContext mappingContext, int conflictRetries,
			Duration conflictBackoff) {
		Assert.notNull(client, "'client' must not be null");
		Assert.notNull(mappingContext, "'mappingContext' must not be null");
		Assert.isTrue(conflictRetries >= 0, "'conflictRetries' must not be negative");
		this.client = client;
		this.consumedCapacity = DynamoRequests.consumedCapacityOf(client);
		this.mappingContext = mappingContext;
		this.retries = new ConflictRetries(conflictRetries, conflictBackoff);
	}

	/**
	 * Read the items.
	 * @param get the keys
	 * @return the items in the order of the keys
	 * @throws TransactionLimitExceededException for more than
	 * {@value TransactionBuffer#MAX_ACTIONS} keys
	 */
	public TransactGetResult execute(TransactGet get) {
		List<EntityKey> keys = get.keys();
		if (keys.size() > TransactionBuffer.MAX_ACTIONS) {
			throw new TransactionLimitExceededException("The transact get has " + keys.size() + " keys, over "
					+ "DynamoDB's limit of " + TransactionBuffer.MAX_ACTIONS + " for TransactGetItems. Split it into "
					+ "several transact gets (each is consistent on its own), or use batchGet where a consistent "
					+ "snapshot is not needed.");
		}
		List<Class<?>> types = keys.stream().<Class<?>>map(EntityKey::type).toList();
		if (keys.isEmpty()) {
			return new TransactGetResult(List.of(), types);
		}
		List<GetAction> actions = new ArrayList<>(keys.size());
		List<TransactGetItem> items = new ArrayList<>(keys.size());
		Set<ItemIdentity> distinct = new HashSet<>();
		for (EntityKey key : keys) {
			EntityMetadata<?> entity = this.mappingContext.getEntity(key.type());
			Map<String, AttributeValue> itemKey = entity.key(key.key().partition(), key.key().sort());
			GetAction action = new GetAction(entity, itemKey);
			if (!distinct.add(new ItemIdentity(entity.tableName(), itemKey))) {
				throw new InvalidDataAccessApiUsageException("The transact get names " + entity.entityName() + " "
						+ KeyDescriptions.describe(itemKey) + " of table '" + entity.tableName() + "' twice; DynamoDB "
						+ "refuses two reads of one item in one TransactGetItems: keep each key once.");
			}
			actions.add(action);
			items.add(TransactGetItem.builder().get((read) -> read.tableName(entity.tableName()).key(itemKey)).build());
		}
		TransactGetItemsRequest request = TransactGetItemsRequest.builder()
			.transactItems(items)
			.returnConsumedCapacity(this.consumedCapacity)
			.build();
		TransactGetItemsResponse response = this.retries.send("TransactGetItems", actions, null, null,
				(left) -> this.client.transactGetItems(request));
		List<Optional<Object>> results = new ArrayList<>(actions.size());
		List<ItemResponse> responses = response.hasResponses() ? response.responses() : List.of();
		for (int i = 0; i < actions.size(); i++) {
			ItemResponse item = (i < responses.size()) ? responses.get(i) : null;
			results.add((item != null && item.hasItem() && !item.item().isEmpty())
					? Optional.of(actions.get(i).entity().fromItem(item.item())) : Optional.empty());
		}
		return new TransactGetResult(results, types);
	}

	private record GetAction(EntityMetadata<?> entity, Map<String, AttributeValue> key) implements TransactAction {

		@Override
		public String operation() {
			return "Get";
		}

		@Override
		public @Nullable ConditionFailureMapper onConditionFailure() {
			return null;
		}

	}

}
