/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.ExpressionContext;
import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.IndexDefinition;
import io.dynamo.spring.metrics.DynamoRequests;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Builds and runs queries and scans for {@link DynamoTemplate}: lazy streams that fetch a
 * page only when the caller needs it, single pages with page tokens, and counts.
 *
 * @author dynamo-spring-boot authors
 */
final class QueryExecutor {

	private final DynamoDbClient client;

	// INDEXES when the client's interceptors ask for consumed capacity: set as the
	// request
	// is built, so that they have no request to copy
	private final @Nullable ReturnConsumedCapacity consumedCapacity;

	private final DynamoMappingContext mappingContext;

	private final PageTokenCodec tokens;

	private final DynamoExceptionTranslator translator = new DynamoExceptionTranslator();

	QueryExecutor(DynamoDbClient client, DynamoMappingContext mappingContext, PageTokenCodec tokens) {
		this.client = client;
		this.consumedCapacity = DynamoRequests.consumedCapacityOf(client);
		this.mappingContext = mappingContext;
		this.tokens = tokens;
	}

	<T> Stream<T> query(QuerySpec<T> spec) {
		Prepared<T, QueryRequest> prepared = prepare(spec);
		return stream(prepared.entity(), spec.limitValue(), spec.startKey(), (start, remaining) -> {
			QueryResponse response = query(prepared, start,
					requestLimit(spec.pageSizeValue(), remaining, spec.filterCondition() == null), null);
			return new Fetched(response.items(), response.lastEvaluatedKey());
		});
	}

	<T> DynamoPage<T> queryPage(QuerySpec<T> spec, @Nullable String pageToken) {
		Prepared<T, QueryRequest> prepared = prepare(spec);
		Map<String, AttributeValue> start = (pageToken != null)
				? this.tokens.decode(pageToken, prepared.binding().get()) : spec.startKey();
		QueryResponse response = query(prepared, start, spec.singlePageLimit(), null);
		return page(prepared, response.items(), response.lastEvaluatedKey());
	}

	<T> long count(QuerySpec<T> spec) {
		// DynamoDB refuses a projection with Select=COUNT
		Prepared<T, QueryRequest> prepared = prepare(spec, false);
		return countAll((start) -> {
			QueryResponse response = query(prepared, start, spec.pageSizeValue(), Select.COUNT);
			return new Counted(response.count(), response.lastEvaluatedKey());
		});
	}

	<T> Stream<T> scan(ScanSpec<T> spec) {
		return scanSegment(spec, null, null);
	}

	<T> Stream<T> scanSegment(ScanSpec<T> spec, @Nullable Integer segment, @Nullable Integer totalSegments) {
		Prepared<T, ScanRequest> prepared = prepare(spec);
		return stream(prepared.entity(), spec.limitValue(), null, (start, remaining) -> {
			ScanResponse response = scan(prepared, start,
					requestLimit(spec.pageSizeValue(), remaining, spec.filterCondition() == null), null, segment,
					totalSegments);
			return new Fetched(response.items(), response.lastEvaluatedKey());
		});
	}

	<T> DynamoPage<T> scanPage(ScanSpec<T> spec, @Nullable String pageToken) {
		Prepared<T, ScanRequest> prepared = prepare(spec);
		Map<String, AttributeValue> start = (pageToken != null)
				? this.tokens.decode(pageToken, prepared.binding().get()) : null;
		ScanResponse response = scan(prepared, start, spec.singlePageLimit(), null, null, null);
		return page(prepared, response.items(), response.lastEvaluatedKey());
	}

	<T> long count(ScanSpec<T> spec) {
		// DynamoDB refuses a projection with Select=COUNT
		Prepared<T, ScanRequest> prepared = prepare(spec, false);
		return countAll((start) -> {
			ScanResponse response = scan(prepared, start, spec.pageSizeValue(), Select.COUNT, null, null);
			return new Counted(response.count(), response.lastEvaluatedKey());
		});
	}

	private <T> Prepared<T, QueryRequest> prepare(QuerySpec<T> spec) {
		return prepare(spec, true);
	}

	private <T> Prepared<T, QueryRequest> prepare(QuerySpec<T> spec, boolean withProjection) {
		EntityMetadata<T> entity = this.mappingContext.getEntity(spec.type());
		IndexDefinition index = (spec.indexName() != null) ? entity.index(spec.indexName()) : null;
		checkConsistentRead(entity, index, spec.isConsistentRead());
		String partitionKey = (index != null) ? index.partitionKey() : entity.partitionKey();
		String sortKey = (index != null) ? index.sortKey() : entity.sortKey();
		ExpressionContext context = entity.newExpressionContext();
		AttributeValue partitionValue = (index != null) ? entity.toAttributeValue(partitionKey, spec.partitionValue())
				: entity.partitionKeyValue(spec.partitionValue());
		String keyCondition = Condition.where(AttributePath.of(partitionKey)).eq(partitionValue).render(context);
		SortKeyCondition sortCondition = spec.sortKeyCondition();
		if (sortCondition != null) {
			if (sortKey == null) {
				throw new InvalidDataAccessApiUsageException(
						((index != null) ? "Index '" + index.name() + "'" : "The table") + " of " + entity.entityName()
								+ " has no sort key: drop the sort-key condition");
			}
			keyCondition = keyCondition + " AND "
					+ sortCondition.toCondition(AttributePath.of(sortKey)).render(context);
		}
		String filter = (spec.filterCondition() != null) ? spec.filterCondition().render(context) : null;
		String projection = withProjection ? projection(entity, index, spec.projectionSpec(), context) : null;
		QueryRequest request = QueryRequest.builder()
			.tableName(entity.tableName())
			.returnConsumedCapacity(this.consumedCapacity)
			.indexName((index != null) ? index.name() : null)
			.keyConditionExpression(keyCondition)
			.filterExpression(filter)
			.projectionExpression(projection)
			.consistentRead(spec.isConsistentRead() ? Boolean.TRUE : null)
			.scanIndexForward(spec.isReverse() ? Boolean.FALSE : null)
			.expressionAttributeNames(context.namesOrNull())
			.expressionAttributeValues(context.valuesOrNull())
			.build();
		String conditions = keyCondition;
		boolean reverse = spec.isReverse();
		// only pages with tokens need the binding: describe the query on demand
		Supplier<String> binding = () -> "query|" + entity.tableName() + "|" + request.indexName() + "|" + conditions
				+ "|" + filter + "|" + projection + "|" + reverse + "|" + context.names() + "|" + context.values();
		return new Prepared<>(entity, request, binding);
	}

	private <T> Prepared<T, ScanRequest> prepare(ScanSpec<T> spec) {
		return prepare(spec, true);
	}

	private <T> Prepared<T, ScanRequest> prepare(ScanSpec<T> spec, boolean withProjection) {
		EntityMetadata<T> entity = this.mappingContext.getEntity(spec.type());
		IndexDefinition index = (spec.indexName() != null) ? entity.index(spec.indexName()) : null;
		checkConsistentRead(entity, index, spec.isConsistentRead());
		ExpressionContext context = entity.newExpressionContext();
		String filter = (spec.filterCondition() != null) ? spec.filterCondition().render(context) : null;
		String projection = withProjection ? projection(entity, index, spec.projectionSpec(), context) : null;
		ScanRequest request = ScanRequest.builder()
			.tableName(entity.tableName())
			.returnConsumedCapacity(this.consumedCapacity)
			.indexName((index != null) ? index.name() : null)
			.filterExpression(filter)
			.projectionExpression(projection)
			.consistentRead(spec.isConsistentRead() ? Boolean.TRUE : null)
			.expressionAttributeNames(context.namesOrNull())
			.expressionAttributeValues(context.valuesOrNull())
			.build();
		Supplier<String> binding = () -> "scan|" + entity.tableName() + "|" + request.indexName() + "|" + filter + "|"
				+ projection + "|" + context.names() + "|" + context.values();
		return new Prepared<>(entity, request, binding);
	}

	private static void checkConsistentRead(EntityMetadata<?> entity, @Nullable IndexDefinition index,
			boolean consistentRead) {
		if (consistentRead && index != null && !index.local()) {
			throw new InvalidDataAccessApiUsageException(
					"Consistent reads are not supported on global secondary index '" + index.name() + "' of "
							+ entity.entityName()
							+ " (DynamoDB refuses them): read the table or a local index, or drop consistentRead()");
		}
	}

	private static @Nullable String projection(EntityMetadata<?> entity, @Nullable IndexDefinition index,
			@Nullable Projection projection, ExpressionContext context) {
		if (projection == null) {
			return null;
		}
		List<String> keys = new ArrayList<>();
		keys.add(entity.partitionKey());
		if (entity.sortKey() != null) {
			keys.add(entity.sortKey());
		}
		if (index != null) {
			keys.add(index.partitionKey());
			if (index.sortKey() != null) {
				keys.add(index.sortKey());
			}
		}
		return projection.including(keys).render(context);
	}

	private QueryResponse query(Prepared<?, QueryRequest> prepared, @Nullable Map<String, AttributeValue> start,
			@Nullable Integer limit, @Nullable Select select) {
		QueryRequest request = prepared.request()
			.toBuilder()
			.exclusiveStartKey(start)
			.limit(limit)
			.select(select)
			.build();
		return call("Query", prepared.entity(), () -> this.client.query(request));
	}

	private ScanResponse scan(Prepared<?, ScanRequest> prepared, @Nullable Map<String, AttributeValue> start,
			@Nullable Integer limit, @Nullable Select select, @Nullable Integer segment,
			@Nullable Integer totalSegments) {
		ScanRequest request = prepared.request()
			.toBuilder()
			.exclusiveStartKey(start)
			.limit(limit)
			.select(select)
			.segment(segment)
			.totalSegments(totalSegments)
			.build();
		return call("Scan", prepared.entity(), () -> this.client.scan(request));
	}

	private <R> R call(String operation, EntityMetadata<?> entity, Supplier<R> call) {
		try {
			return call.get();
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, operation, entity.tableName());
		}
	}

	private <T> DynamoPage<T> page(Prepared<T, ?> prepared, List<Map<String, AttributeValue>> items,
			@Nullable Map<String, AttributeValue> lastKey) {
		List<T> entities = items.stream().map(prepared.entity()::fromItem).toList();
		String next = (lastKey != null && !lastKey.isEmpty()) ? this.tokens.encode(lastKey, prepared.binding().get())
				: null;
		return new DynamoPage<>(entities, next);
	}

	private static long countAll(Function<@Nullable Map<String, AttributeValue>, Counted> countPage) {
		long count = 0;
		Map<String, AttributeValue> start = null;
		do {
			Counted counted = countPage.apply(start);
			count += counted.count();
			start = lastKeyOrNull(counted.lastKey());
		}
		while (start != null);
		return count;
	}

	private static @Nullable Map<String, AttributeValue> lastKeyOrNull(@Nullable Map<String, AttributeValue> lastKey) {
		return (lastKey != null && !lastKey.isEmpty()) ? lastKey : null;
	}

	private static @Nullable Integer requestLimit(@Nullable Integer pageSize, int remaining, boolean noFilter) {
		if (noFilter && remaining != Integer.MAX_VALUE) {
			return (pageSize != null) ? Math.min(pageSize, remaining) : remaining;
		}
		return pageSize;
	}

	private static <T> Stream<T> stream(EntityMetadata<T> entity, int limit,
			@Nullable Map<String, AttributeValue> startKey, PageFetcher fetcher) {
		Iterator<T> iterator = new PagingIterator<>(entity::fromItem, limit, startKey, fetcher);
		Stream<T> stream = StreamSupport
			.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL), false);
		return (limit != Integer.MAX_VALUE) ? stream.limit(limit) : stream;
	}

	@FunctionalInterface
	interface PageFetcher {

		Fetched fetch(@Nullable Map<String, AttributeValue> start, int remaining);

	}

	record Fetched(List<Map<String, AttributeValue>> items, @Nullable Map<String, AttributeValue> lastKey) {

	}

	private record Counted(int count, @Nullable Map<String, AttributeValue> lastKey) {

	}

	private record Prepared<T, R>(EntityMetadata<T> entity, R request, Supplier<String> binding) {

	}

	/**
	 * Iterates items page by page; holds one page at a time and fetches the next only
	 * when the current one is used up.
	 */
	private static final class PagingIterator<T> implements Iterator<T> {

		private final Function<Map<String, AttributeValue>, T> mapper;

		private final PageFetcher fetcher;

		private int remaining;

		private Iterator<Map<String, AttributeValue>> page = java.util.Collections.emptyIterator();

		private @Nullable Map<String, AttributeValue> next;

		private boolean started;

		PagingIterator(Function<Map<String, AttributeValue>, T> mapper, int limit,
				@Nullable Map<String, AttributeValue> startKey, PageFetcher fetcher) {
			this.mapper = mapper;
			this.fetcher = fetcher;
			this.remaining = limit;
			this.next = startKey;
		}

		@Override
		public boolean hasNext() {
			while (!this.page.hasNext()) {
				if (this.remaining <= 0 || (this.started && this.next == null)) {
					return false;
				}
				Fetched fetched = this.fetcher.fetch(this.next, this.remaining);
				this.started = true;
				this.page = fetched.items().iterator();
				this.next = lastKeyOrNull(fetched.lastKey());
			}
			return true;
		}

		@Override
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			this.remaining--;
			return this.mapper.apply(this.page.next());
		}

	}

}
