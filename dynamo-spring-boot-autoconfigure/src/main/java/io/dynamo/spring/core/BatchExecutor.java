/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.ItemIdentity;
import io.dynamo.spring.mapping.ItemSizeExceededException;
import io.dynamo.spring.mapping.ItemSizes;
import io.dynamo.spring.metrics.DynamoRequests;
import io.dynamo.spring.transaction.DynamoTransactions;
import io.dynamo.spring.transaction.TransactionBuffer;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.TransientDataAccessException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Runs batch writes and gets: chunks within DynamoDB's limits (25 writes or 100 keys),
 * puts mapped in the workers that send them, bounded parallelism, and the remainder of
 * every request, only the remainder, resubmitted with exponential backoff and full jitter
 * until done or the time bound. What could not be done is named in the exception; nothing
 * is dropped silently.
 *
 * @author dynamo-spring-boot authors
 */
final class BatchExecutor {

	static final int MAX_WRITES = 25;

	static final int MAX_KEYS = 100;

	private static final Set<String> RETRYABLE = Set.of("ProvisionedThroughputExceededException",
			"RequestLimitExceeded", "ThrottlingException", "InternalServerError", "ServiceUnavailable");

	private final DynamoDbClient client;

	// INDEXES when the client's interceptors ask for consumed capacity: set as the
	// request
	// is built, so that they have no request to copy
	private final @Nullable ReturnConsumedCapacity consumedCapacity;

	private final DynamoMappingContext mappingContext;

	BatchExecutor(DynamoDbClient client, DynamoMappingContext mappingContext) {
		this.client = client;
		this.consumedCapacity = DynamoRequests.consumedCapacityOf(client);
		this.mappingContext = mappingContext;
	}

	BatchWriteResult write(BatchWrite batch, BatchOptions options) {
		TransactionBuffer transaction = DynamoTransactions.currentBuffer(this.client);
		Map<ItemIdentity, Pending> all = new LinkedHashMap<>();
		for (Object entity : batch.puts()) {
			@SuppressWarnings("unchecked")
			EntityMetadata<Object> metadata = (EntityMetadata<Object>) this.mappingContext.getEntity(entity.getClass());
			// the keys come first, so that a key written twice fails before anything is
			// sent; the items are mapped later, in the workers, overlapping with the
			// requests in flight, unless only the mapping tells the key (templated keys,
			// generated ids) or it reads the calling thread (auditors)
			Map<String, AttributeValue> key = (transaction == null) ? metadata.keyOfEntity(entity) : null;
			Pending pending;
			if (key != null) {
				pending = new Pending(metadata, key, entity);
			}
			else {
				Map<String, AttributeValue> item = item(metadata, entity);
				pending = new Pending(metadata, metadata.keyOf(item), entity);
				prepare(pending, item);
			}
			add(all, pending);
		}
		for (EntityKey delete : batch.deletes()) {
			EntityMetadata<?> metadata = this.mappingContext.getEntity(delete.type());
			Map<String, AttributeValue> key = metadata.key(delete.key().partition(), delete.key().sort());
			Pending pending = new Pending(metadata, key, delete);
			pending.request = WriteRequest.builder().deleteRequest((del) -> del.key(key)).build();
			add(all, pending);
		}
		if (transaction != null) {
			return buffer(all.values(), transaction);
		}
		List<List<Pending>> chunks = chunk(new ArrayList<>(all.values()), MAX_WRITES);
		Counters counters = new Counters();
		long deadline = System.nanoTime() + options.timeBound().toNanos();
		List<Outcome> outcomes;
		try (BatchPipeline<List<Pending>, Outcome> pipeline = new BatchPipeline<>(options.maxParallelism(),
				chunks.size(), (chunk) -> writeChunk(chunk, options, deadline, counters))) {
			chunks.forEach(pipeline::submit);
			outcomes = pipeline.results();
		}
		List<Object> unwrittenPuts = new ArrayList<>();
		List<EntityKey> unwrittenDeletes = new ArrayList<>();
		RuntimeException lastError = null;
		RuntimeException unsendable = null;
		int unsent = 0;
		for (Outcome outcome : outcomes) {
			for (Pending pending : outcome.remaining()) {
				if (pending.source() instanceof EntityKey key) {
					unwrittenDeletes.add(key);
				}
				else {
					unwrittenPuts.add(pending.source());
				}
				if (pending.error != null) {
					unsent++;
					unsendable = pending.error;
				}
			}
			lastError = (outcome.error() != null) ? outcome.error() : lastError;
		}
		int unwritten = unwrittenPuts.size() + unwrittenDeletes.size();
		if (unwritten > 0) {
			throw new BatchWriteIncompleteException(
					incomplete(unwritten, all.size(), unsent, unsendable, lastError, options.timeBound()),
					unwrittenPuts, unwrittenDeletes, (lastError != null) ? lastError : unsendable);
		}
		return new BatchWriteResult(all.size(), counters.requests.get(), counters.resubmitted.get());
	}

	private static String incomplete(int unwritten, int writes, int unsent, @Nullable RuntimeException unsendable,
			@Nullable RuntimeException lastError, Duration timeBound) {
		StringBuilder message = new StringBuilder().append(unwritten)
			.append(" of ")
			.append(writes)
			.append(" writes were not written: ");
		if (unsent > 0) {
			message.append(unsent)
				.append(" put")
				.append((unsent > 1) ? "s were" : " was")
				.append(" not sent (")
				.append((unsendable != null) ? unsendable.getMessage() : "")
				.append(")");
		}
		int unconfirmed = unwritten - unsent;
		if (unconfirmed > 0) {
			message.append((unsent > 0) ? "; " : "")
				.append(unconfirmed)
				.append(" not confirmed written within ")
				.append(timeBound)
				.append((lastError != null) ? " (last error: " + describe(lastError) + ")" : "");
		}
		return message.append(". They are listed on this exception; all others were written").toString();
	}

	/**
	 * Inside a DynamoDB transaction: add the writes to it rather than send them.
	 */
	private static BatchWriteResult buffer(Collection<Pending> writes, TransactionBuffer transaction) {
		for (Pending pending : writes) {
			if (pending.error != null) {
				// inside a transaction nothing is sent yet: fail the whole of it
				throw pending.error;
			}
			WriteRequest write = Objects.requireNonNull(pending.request);
			String table = pending.metadata().tableName();
			if (write.putRequest() != null) {
				transaction.put(pending.metadata(),
						PutItemRequest.builder().tableName(table).item(write.putRequest().item()).build(), null);
			}
			else {
				transaction.delete(pending.metadata(),
						DeleteItemRequest.builder().tableName(table).key(pending.key()).build(), null);
			}
		}
		return new BatchWriteResult(writes.size(), 0, 0);
	}

	BatchGetResult get(BatchGet batch, BatchOptions options) {
		List<EntityKey> keys = batch.keys();
		// read by every worker: a key repeated in another chunk is read once
		Set<ItemIdentity> seen = ConcurrentHashMap.newKeySet(keys.size());
		Map<Class<?>, List<Object>> items = new ConcurrentHashMap<>();
		long deadline = System.nanoTime() + options.timeBound().toNanos();
		List<Outcome> outcomes;
		// each worker builds the keys of its own chunk, as a hand-written loop would
		try (BatchPipeline<List<EntityKey>, Outcome> pipeline = new BatchPipeline<>(options.maxParallelism(),
				(keys.size() + MAX_KEYS - 1) / MAX_KEYS,
				(chunk) -> getChunk(pending(chunk, seen), options, deadline, items))) {
			for (int from = 0; from < keys.size(); from += MAX_KEYS) {
				pipeline.submit(keys.subList(from, Math.min(from + MAX_KEYS, keys.size())));
			}
			outcomes = pipeline.results();
		}
		List<EntityKey> unread = new ArrayList<>();
		RuntimeException lastError = null;
		for (Outcome outcome : outcomes) {
			outcome.remaining().forEach((pending) -> unread.add((EntityKey) pending.source()));
			lastError = (outcome.error() != null) ? outcome.error() : lastError;
		}
		BatchGetResult result = new BatchGetResult(items);
		if (!unread.isEmpty()) {
			throw new BatchGetIncompleteException(unread.size() + " of " + seen.size() + " keys were not read within "
					+ options.timeBound() + "; they are listed on this exception", unread, result, lastError);
		}
		return result;
	}

	private List<Pending> pending(List<EntityKey> keys, Set<ItemIdentity> seen) {
		List<Pending> chunk = new ArrayList<>(keys.size());
		for (EntityKey key : keys) {
			EntityMetadata<?> metadata = this.mappingContext.getEntity(key.type());
			Map<String, AttributeValue> keyMap = metadata.key(key.key().partition(), key.key().sort());
			if (seen.add(new ItemIdentity(metadata.tableName(), keyMap))) {
				chunk.add(new Pending(metadata, keyMap, key));
			}
		}
		return chunk;
	}

	private static void add(Map<ItemIdentity, Pending> all, Pending pending) {
		ItemIdentity identity = new ItemIdentity(pending.metadata().tableName(), pending.key());
		if (all.putIfAbsent(identity, pending) != null) {
			throw new InvalidDataAccessApiUsageException(
					"The batch writes the item with key " + KeyDescriptions.describe(pending.key()) + " of table '"
							+ pending.metadata().tableName() + "' twice; DynamoDB rejects duplicate keys in one "
							+ "batch: keep one write per key (the last one, if later writes should win)");
		}
	}

	private Outcome writeChunk(List<Pending> chunk, BatchOptions options, long deadline, Counters counters) {
		// map the chunk's puts here, in its worker; a put that cannot be mapped (an item
		// over 400 KB) is not sent, and is listed with the others not written
		List<Pending> sendable = new ArrayList<>(chunk.size());
		List<Pending> unmapped = new ArrayList<>();
		for (Pending pending : chunk) {
			if (pending.request == null && pending.error == null) {
				try {
					prepare(pending, item(pending.metadata(), pending.source()));
				}
				catch (RuntimeException ex) {
					pending.error = ex;
				}
			}
			if (pending.error != null) {
				unmapped.add(pending);
				continue;
			}
			sendable.add(pending);
		}
		Map<ItemIdentity, Pending> byIdentity = new HashMap<>();
		Outcome sent = resubmitUntilDone(sendable, options, deadline, (remaining, attempt) -> {
			Map<String, List<WriteRequest>> request = new LinkedHashMap<>();
			remaining.forEach(
					(pending) -> request.computeIfAbsent(pending.metadata().tableName(), (table) -> new ArrayList<>())
						.add(pending.request));
			counters.requests.incrementAndGet();
			if (attempt > 0) {
				counters.resubmitted.addAndGet(remaining.size());
			}
			BatchWriteItemResponse response = this.client
				.batchWriteItem((batch) -> batch.requestItems(request).returnConsumedCapacity(this.consumedCapacity));
			if (!response.hasUnprocessedItems() || response.unprocessedItems().isEmpty()) {
				return List.of();
			}
			if (byIdentity.isEmpty()) {
				sendable.forEach((pending) -> byIdentity
					.put(new ItemIdentity(pending.metadata().tableName(), pending.key()), pending));
			}
			List<Pending> unprocessed = new ArrayList<>();
			response.unprocessedItems().forEach((table, writes) -> writes.forEach((write) -> {
				Map<String, AttributeValue> key = (write.putRequest() != null)
						? keyOf(byIdentity, table, write.putRequest().item()) : write.deleteRequest().key();
				unprocessed.add(pendingFor(byIdentity, table, key));
			}));
			return unprocessed;
		});
		// the requests of this chunk are done with: let them go before the batch ends
		sendable.forEach((pending) -> pending.request = null);
		if (unmapped.isEmpty()) {
			return sent;
		}
		unmapped.addAll(sent.remaining());
		return new Outcome(unmapped, sent.error());
	}

	/**
	 * The item of one entity: a new versioned item starts at version 1
	 * ({@code BatchWriteItem} takes no condition).
	 */
	private static Map<String, AttributeValue> item(EntityMetadata<?> entity, Object source) {
		@SuppressWarnings("unchecked")
		EntityMetadata<Object> metadata = (EntityMetadata<Object>) entity;
		Map<String, AttributeValue> item = metadata.toItem(source);
		String version = metadata.versionAttribute();
		if (version != null && isNewVersion(item.get(version))) {
			item.put(version, AttributeValue.fromN("1"));
		}
		return item;
	}

	/**
	 * Make the put request of an item within 400 KB, or remember why it cannot be sent.
	 */
	private static void prepare(Pending pending, Map<String, AttributeValue> item) {
		try {
			ItemSizes.requireWithinLimit(pending.metadata().entityName(), item);
			pending.request = WriteRequest.builder().putRequest((put) -> put.item(item)).build();
		}
		catch (ItemSizeExceededException ex) {
			pending.error = ex;
		}
	}

	private Outcome getChunk(List<Pending> chunk, BatchOptions options, long deadline,
			Map<Class<?>, List<Object>> items) {
		// a table read for one entity type only (the common case) maps its items at once;
		// a table shared by several types (single-table design) finds each item's type by
		// its key
		Map<String, EntityMetadata<?>> soleEntity = new HashMap<>();
		Set<String> sharedTables = new HashSet<>();
		for (Pending pending : chunk) {
			EntityMetadata<?> known = soleEntity.putIfAbsent(pending.metadata().tableName(), pending.metadata());
			if (known != null && known != pending.metadata()) {
				sharedTables.add(pending.metadata().tableName());
			}
		}
		soleEntity.keySet().removeAll(sharedTables);
		boolean shared = !sharedTables.isEmpty();
		Map<ItemIdentity, Pending> byIdentity = new HashMap<>();
		return resubmitUntilDone(chunk, options, deadline, (remaining, attempt) -> {
			Map<String, List<Map<String, AttributeValue>>> keys = new LinkedHashMap<>();
			remaining
				.forEach((pending) -> keys.computeIfAbsent(pending.metadata().tableName(), (table) -> new ArrayList<>())
					.add(pending.key()));
			Map<String, KeysAndAttributes> request = new LinkedHashMap<>();
			keys.forEach((table, tableKeys) -> request.put(table, KeysAndAttributes.builder().keys(tableKeys).build()));
			BatchGetItemResponse response = this.client
				.batchGetItem((batch) -> batch.requestItems(request).returnConsumedCapacity(this.consumedCapacity));
			boolean unprocessed = response.hasUnprocessedKeys() && !response.unprocessedKeys().isEmpty();
			if (byIdentity.isEmpty() && (unprocessed || shared)) {
				chunk.forEach((pending) -> byIdentity
					.put(new ItemIdentity(pending.metadata().tableName(), pending.key()), pending));
			}
			// mapped into lists of this request, added to the result once per type
			Map<Class<?>, List<Object>> found = new HashMap<>();
			response.responses().forEach((table, tableItems) -> {
				EntityMetadata<?> sole = soleEntity.get(table);
				for (Map<String, AttributeValue> item : tableItems) {
					EntityMetadata<?> metadata = sole;
					if (metadata == null) {
						Pending pending = byIdentity.get(new ItemIdentity(table, keyOf(byIdentity, table, item)));
						if (pending == null) {
							continue;
						}
						metadata = pending.metadata();
					}
					found.computeIfAbsent(metadata.type(), (type) -> new ArrayList<>(tableItems.size()))
						.add(metadata.fromItem(item));
				}
			});
			found.forEach((type, read) -> {
				List<Object> all = items.computeIfAbsent(type,
						(key) -> Collections.synchronizedList(new ArrayList<>()));
				all.addAll(read);
			});
			if (!unprocessed) {
				return List.of();
			}
			List<Pending> left = new ArrayList<>();
			response.unprocessedKeys()
				.forEach((table, unprocessedKeys) -> unprocessedKeys.keys()
					.forEach((key) -> left.add(pendingFor(byIdentity, table, key))));
			return left;
		});
	}

	/**
	 * Send a chunk, then resubmit what DynamoDB left unprocessed (and whole requests that
	 * failed with a retryable error) with backoff until nothing is left or the deadline.
	 */
	private static Outcome resubmitUntilDone(List<Pending> chunk, BatchOptions options, long deadline, Send send) {
		List<Pending> remaining = chunk;
		RuntimeException error = null;
		for (int attempt = 0; !remaining.isEmpty(); attempt++) {
			if (attempt > 0 && !backoff(attempt, options, deadline)) {
				break;
			}
			try {
				remaining = send.send(remaining, attempt);
				error = null;
			}
			catch (SdkException ex) {
				error = ex;
				if (!isRetryable(ex)) {
					break;
				}
			}
			catch (TransientDataAccessException ex) {
				// the client-side rate limiter refused to wait: the bucket refills during
				// the backoff
				error = ex;
			}
			catch (RuntimeException ex) {
				// keep the chunk's remainder listed rather than losing it with the other
				// chunks'
				error = ex;
				break;
			}
		}
		return new Outcome(remaining, error);
	}

	private static Pending pendingFor(Map<ItemIdentity, Pending> byIdentity, String table,
			Map<String, AttributeValue> key) {
		Pending pending = byIdentity.get(new ItemIdentity(table, key));
		if (pending == null) {
			throw new IllegalStateException("DynamoDB returned an unprocessed key " + key.keySet() + " of table '"
					+ table + "' that the batch did not send");
		}
		return pending;
	}

	private static Map<String, AttributeValue> keyOf(Map<ItemIdentity, Pending> byIdentity, String table,
			Map<String, AttributeValue> item) {
		for (Pending pending : byIdentity.values()) {
			if (pending.metadata().tableName().equals(table)) {
				return pending.metadata().keyOf(item);
			}
		}
		return item;
	}

	/**
	 * Split by count: 25 writes of at most 400 KB each stay within a request's 16 MB, and
	 * 100 keys far within it.
	 */
	private static List<List<Pending>> chunk(List<Pending> pending, int maxCount) {
		List<List<Pending>> chunks = new ArrayList<>((pending.size() + maxCount - 1) / maxCount);
		for (int from = 0; from < pending.size(); from += maxCount) {
			chunks.add(pending.subList(from, Math.min(from + maxCount, pending.size())));
		}
		return chunks;
	}

	private static boolean backoff(int attempt, BatchOptions options, long deadline) {
		long cap = Math.min(options.maxBackoff().toNanos(),
				options.initialBackoff().toNanos() << Math.min(attempt - 1, 20));
		long sleep = (cap > 0) ? ThreadLocalRandom.current().nextLong(cap + 1) : 0;
		if (System.nanoTime() + sleep > deadline) {
			return false;
		}
		try {
			Thread.sleep(Duration.ofNanos(sleep).toMillis(), (int) (sleep % 1_000_000));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String describe(RuntimeException error) {
		return (error instanceof SdkException sdk) ? DynamoExceptionTranslator.describe(sdk, "BatchWriteItem", null)
				: error.toString();
	}

	private static boolean isNewVersion(@Nullable AttributeValue version) {
		return version == null || version.n() == null || new BigDecimal(version.n()).signum() == 0;
	}

	private static boolean isRetryable(SdkException ex) {
		if (ex instanceof SdkClientException) {
			return true;
		}
		if (ex instanceof AwsServiceException service) {
			return service.statusCode() >= 500 || RETRYABLE.contains(DynamoExceptionTranslator.errorCode(service));
		}
		return false;
	}

	/**
	 * One write or key of a batch; a put's request is mapped by the worker that sends it
	 * and dropped once its chunk is done.
	 */
	private static final class Pending {

		private final EntityMetadata<?> metadata;

		private final Map<String, AttributeValue> key;

		private final Object source;

		@Nullable WriteRequest request;

		/**
		 * Why the put cannot be sent (its item is over 400 KB, or could not be mapped).
		 */
		@Nullable RuntimeException error;

		Pending(EntityMetadata<?> metadata, Map<String, AttributeValue> key, Object source) {
			this.metadata = metadata;
			this.key = key;
			this.source = source;
		}

		EntityMetadata<?> metadata() {
			return this.metadata;
		}

		Map<String, AttributeValue> key() {
			return this.key;
		}

		Object source() {
			return this.source;
		}

	}

	private record Outcome(List<Pending> remaining, @Nullable RuntimeException error) {

	}

	@FunctionalInterface
	private interface Send {

		List<Pending> send(List<Pending> remaining, int attempt);

	}

	private static final class Counters {

		final AtomicInteger requests = new AtomicInteger();

		final AtomicInteger resubmitted = new AtomicInteger();

	}

}
