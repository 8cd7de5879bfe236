/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionCheck;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.ItemIdentity;
import io.dynamo.spring.mapping.ItemSizes;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * The writes of one transaction, held until commit and then sent as one
 * {@code TransactWriteItems} call with this buffer's {@code ClientRequestToken}.
 * DynamoDB's limits are checked as each write arrives, so the write that would break one
 * fails at once, naming the limit: at most {@value #MAX_ACTIONS} actions, at most 4 MB of
 * items, at most 400 KB per item put, one action per item.
 * <p>
 * {@link io.dynamo.spring.core.DynamoTemplate} adds its writes here when
 * {@link DynamoTransactions#currentBuffer} finds a buffer for its client; other
 * implementations of {@link io.dynamo.spring.core.DynamoOperations} can do the same. A
 * buffer is used by one thread.
 *
 * @author dynamo-spring-boot authors
 */
public final class TransactionBuffer {

	/**
	 * DynamoDB's maximum number of actions in one transaction.
	 */
	public static final int MAX_ACTIONS = 100;

	/**
	 * DynamoDB's maximum aggregate size of the items of one transaction: 4 MB.
	 */
	public static final long MAX_BYTES = 4L * 1024 * 1024;

	private final String clientRequestToken = UUID.randomUUID().toString();

	private final @Nullable String name;

	private final boolean readOnly;

	private final List<BufferedAction> actions = new ArrayList<>();

	// the actions as DynamoDB takes them, in order, ready for the request
	private final List<TransactWriteItem> items = new ArrayList<>();

	private final Map<ItemIdentity, BufferedAction> byItem = new HashMap<>();

	// per action: its size, and the part of it that bounds a put's item (0 when exact)
	private final List<long[]> sizes = new ArrayList<>();

	// the size of the actions held, exact unless bounded
	private long bytes;

	private boolean bounded;

	private boolean completed;

	/**
	 * Create an empty buffer.
	 * @param name the transaction's name, for messages, or {@code null}
	 * @param readOnly whether the transaction is read-only (every write is refused)
	 */
	public TransactionBuffer(@Nullable String name, boolean readOnly) {
		this.name = name;
		this.readOnly = readOnly;
	}

	/**
	 * Add a put.
	 * @param entity the entity written
	 * @param request the put as the template would send it outside a transaction (its
	 * return values are dropped: a transaction returns none)
	 * @param onConditionFailure the mapper of a failed condition, or {@code null}
	 * @throws io.dynamo.spring.mapping.ItemSizeExceededException if the item is larger
	 * than DynamoDB accepts
	 */
	public void put(EntityMetadata<?> entity, PutItemRequest request,
			@Nullable ConditionFailureMapper onConditionFailure) {
		put(entity,
				Put.builder()
					.tableName(request.tableName())
					.item(request.item())
					.conditionExpression(request.conditionExpression())
					.expressionAttributeNames(
							namesOrNull(request.hasExpressionAttributeNames(), request.expressionAttributeNames()))
					.expressionAttributeValues(
							valuesOrNull(request.hasExpressionAttributeValues(), request.expressionAttributeValues()))
					.returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailureAsString())
					.build(),
				onConditionFailure);
	}

	/**
	 * Add a put built as the transaction takes it, which spares the copy of the item that
	 * a {@link PutItemRequest} would be converted with.
	 * @param entity the entity written
	 * @param put the put, with no empty name or value maps (DynamoDB refuses them)
	 * @param onConditionFailure the mapper of a failed condition, or {@code null}
	 * @throws io.dynamo.spring.mapping.ItemSizeExceededException if the item is larger
	 * than DynamoDB accepts
	 */
	public void put(EntityMetadata<?> entity, Put put, @Nullable ConditionFailureMapper onConditionFailure) {
		Map<String, AttributeValue> values = valuesOrNull(put.hasExpressionAttributeValues(),
				put.expressionAttributeValues());
		// checked against DynamoDB's item limit here (callers need not size it first);
		// counted by a bound read off string lengths, made exact only if the bounds of
		// the transaction reach 4 MB
		long bound = ItemSizes.upperBound(put.item());
		boolean exact = bound > ItemSizes.MAX_ITEM_SIZE;
		long itemSize = exact ? ItemSizes.check(entity.entityName(), put.item()) : bound;
		add("Put", entity, entity.keyOf(put.item()), TransactWriteItem.builder().put(put).build(),
				itemSize + sizeOf(put.conditionExpression(), null, values), exact ? 0 : bound, onConditionFailure);
	}

	/**
	 * Add an update.
	 * @param entity the entity updated
	 * @param request the update as the template would send it outside a transaction (its
	 * return values are dropped)
	 * @param onConditionFailure the mapper of a failed condition, or {@code null}
	 */
	public void update(EntityMetadata<?> entity, UpdateItemRequest request,
			@Nullable ConditionFailureMapper onConditionFailure) {
		Map<String, AttributeValue> values = valuesOrNull(request.hasExpressionAttributeValues(),
				request.expressionAttributeValues());
		Update update = Update.builder()
			.tableName(request.tableName())
			.key(request.key())
			.updateExpression(request.updateExpression())
			.conditionExpression(request.conditionExpression())
			.expressionAttributeNames(
					namesOrNull(request.hasExpressionAttributeNames(), request.expressionAttributeNames()))
			.expressionAttributeValues(values)
			.returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailureAsString())
			.build();
		long size = ItemSizes.sizeOf(request.key())
				+ sizeOf(request.updateExpression(), request.conditionExpression(), values);
		add("Update", entity, request.key(), TransactWriteItem.builder().update(update).build(), size, 0,
				onConditionFailure);
	}

	/**
	 * Add a delete.
	 * @param entity the entity deleted
	 * @param request the delete as the template would send it outside a transaction (its
	 * return values are dropped)
	 * @param onConditionFailure the mapper of a failed condition, or {@code null}
	 */
	public void delete(EntityMetadata<?> entity, DeleteItemRequest request,
			@Nullable ConditionFailureMapper onConditionFailure) {
		Map<String, AttributeValue> values = valuesOrNull(request.hasExpressionAttributeValues(),
				request.expressionAttributeValues());
		Delete delete = Delete.builder()
			.tableName(request.tableName())
			.key(request.key())
			.conditionExpression(request.conditionExpression())
			.expressionAttributeNames(
					namesOrNull(request.hasExpressionAttributeNames(), request.expressionAttributeNames()))
			.expressionAttributeValues(values)
			.returnValuesOnConditionCheckFailure(request.returnValuesOnConditionCheckFailureAsString())
			.build();
		long size = ItemSizes.sizeOf(request.key()) + sizeOf(request.conditionExpression(), null, values);
		add("Delete", entity, request.key(), TransactWriteItem.builder().delete(delete).build(), size, 0,
				onConditionFailure);
	}

	/**
	 * Add a condition check on an item that the transaction does not write.
	 * @param entity the entity checked
	 * @param check the check
	 */
	public void conditionCheck(EntityMetadata<?> entity, ConditionCheck check) {
		Map<String, AttributeValue> values = valuesOrNull(check.hasExpressionAttributeValues(),
				check.expressionAttributeValues());
		long size = ItemSizes.sizeOf(check.key()) + sizeOf(check.conditionExpression(), null, values);
		add("ConditionCheck", entity, check.key(), TransactWriteItem.builder().conditionCheck(check).build(), size, 0,
				null);
	}

	/**
	 * Add an action of the given size; {@code itemBound}, when not 0, is the part of the
	 * size that bounds a put's item rather than measuring it.
	 */
	private void add(String operation, EntityMetadata<?> entity, Map<String, AttributeValue> key,
			TransactWriteItem item, long size, long itemBound, @Nullable ConditionFailureMapper onConditionFailure) {
		BufferedAction action = new BufferedAction(operation, entity, key, item, onConditionFailure);
		if (this.completed) {
			throw new InvalidDataAccessApiUsageException(action.describe() + " was refused: the transaction"
					+ describeName() + " has already committed or rolled back, so the write would never be sent "
					+ "(a write from afterCommit or afterCompletion). Make it in a new transaction "
					+ "(Propagation.REQUIRES_NEW) or after this one.");
		}
		if (this.readOnly) {
			throw new InvalidDataAccessApiUsageException(action.describe() + " was refused: the transaction"
					+ describeName() + " is read-only. Remove readOnly = true from its @Transactional, "
					+ "or make the write outside it.");
		}
		ItemIdentity identity = new ItemIdentity(entity.tableName(), key);
		// one lookup: taken back below if a limit refuses the action
		BufferedAction earlier = this.byItem.putIfAbsent(identity, action);
		if (earlier != null) {
			throw new InvalidDataAccessApiUsageException("The transaction" + describeName() + " already has "
					+ earlier.describe() + "; now " + action.operation() + " of the same item was asked. DynamoDB "
					+ "refuses two actions on one item in one TransactWriteItems: make one write per item (fold "
					+ "the changes into one save or one update), or move one of them out of the transaction.");
		}
		if (this.actions.size() >= MAX_ACTIONS) {
			this.byItem.remove(identity);
			throw new TransactionLimitExceededException("The transaction" + describeName() + " already has "
					+ MAX_ACTIONS + " actions, DynamoDB's limit for TransactWriteItems; " + action.describe()
					+ " would be action " + (MAX_ACTIONS + 1) + ". Split the work into transactions of at most "
					+ MAX_ACTIONS + " writes, or use batchWrite for writes that need not be atomic.");
		}
		if (this.bytes + size > MAX_BYTES && (this.bounded || itemBound > 0)) {
			// the bounds reach the limit: measure what they bound, once
			measureBounds();
			size = exactSize(item, size, itemBound);
			itemBound = 0;
		}
		if (this.bytes + size > MAX_BYTES) {
			this.byItem.remove(identity);
			throw new TransactionLimitExceededException("The transaction" + describeName() + " would hold "
					+ (this.bytes + size) + " bytes of items with " + action.describe() + ", over DynamoDB's limit of "
					+ MAX_BYTES + " bytes (4 MB) for TransactWriteItems. Split the work into smaller "
					+ "transactions, or keep large values elsewhere (such as S3).");
		}
		this.actions.add(action);
		this.items.add(item);
		this.sizes.add(new long[] { size, itemBound });
		this.bytes += size;
		this.bounded |= itemBound > 0;
	}

	/**
	 * Replace every bound held by the size it bounds, so that {@link #bytes} is exact and
	 * no item is measured twice.
	 */
	private void measureBounds() {
		if (!this.bounded) {
			return;
		}
		long total = 0;
		for (int i = 0; i < this.items.size(); i++) {
			long[] sized = this.sizes.get(i);
			sized[0] = exactSize(this.items.get(i), sized[0], sized[1]);
			sized[1] = 0;
			total += sized[0];
		}
		this.bytes = total;
		this.bounded = false;
	}

	private static long exactSize(TransactWriteItem item, long size, long itemBound) {
		return (itemBound > 0) ? size - itemBound + ItemSizes.sizeOf(item.put().item()) : size;
	}

	/**
	 * Return the token the transaction is sent with, the same for every attempt.
	 * @return the {@code ClientRequestToken}
	 */
	public String clientRequestToken() {
		return this.clientRequestToken;
	}

	/**
	 * Return the number of actions held.
	 * @return the number of writes and condition checks
	 */
	public int size() {
		return this.actions.size();
	}

	/**
	 * Whether no action is held.
	 * @return {@code true} when there is nothing to send
	 */
	public boolean isEmpty() {
		return this.actions.isEmpty();
	}

	/**
	 * Whether the transaction is read-only.
	 * @return {@code true} if every write is refused
	 */
	public boolean isReadOnly() {
		return this.readOnly;
	}

	/**
	 * Return the size of the items held, as DynamoDB counts item sizes (measured when
	 * asked: the limit is checked against a bound until the bound reaches it).
	 * @return the bytes
	 */
	public long bytes() {
		measureBounds();
		return this.bytes;
	}

	List<BufferedAction> actions() {
		return Collections.unmodifiableList(this.actions);
	}

	List<TransactWriteItem> items() {
		return Collections.unmodifiableList(this.items);
	}

	/**
	 * Drop every action: nothing will be sent.
	 */
	void clear() {
		this.actions.clear();
		this.items.clear();
		this.byItem.clear();
		this.sizes.clear();
		this.bytes = 0;
		this.bounded = false;
	}

	/**
	 * Refuse every further write: the transaction was sent or rolled back.
	 */
	void complete() {
		this.completed = true;
	}

	private String describeName() {
		return (this.name != null) ? " '" + this.name + "'" : "";
	}

	private static long sizeOf(@Nullable String first, @Nullable String second,
			@Nullable Map<String, AttributeValue> values) {
		long size = 0;
		size += (first != null) ? first.getBytes(StandardCharsets.UTF_8).length : 0;
		size += (second != null) ? second.getBytes(StandardCharsets.UTF_8).length : 0;
		return size + ((values != null) ? ItemSizes.sizeOf(values) : 0);
	}

	private static @Nullable Map<String, String> namesOrNull(boolean present, Map<String, String> names) {
		return (present && !names.isEmpty()) ? names : null;
	}

	private static @Nullable Map<String, AttributeValue> valuesOrNull(boolean present,
			Map<String, AttributeValue> values) {
		return (present && !values.isEmpty()) ? values : null;
	}

}
