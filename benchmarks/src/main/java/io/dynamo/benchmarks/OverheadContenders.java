/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.awspring.cloud.dynamodb.DefaultDynamoDbTableSchemaResolver;
import io.awspring.cloud.dynamodb.DynamoDbTableNameResolver;
import io.awspring.cloud.dynamodb.DynamoDbTemplate;
import io.dynamo.benchmarks.model.Workload;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.metrics.ConsumedCapacityInterceptor;
import io.dynamo.spring.metrics.DynamoMetricsInterceptor;
import io.dynamo.spring.metrics.DynamoSdkMetricPublisher;
import io.dynamo.spring.ratelimit.AdaptiveTuning;
import io.dynamo.spring.ratelimit.CapacityLimit;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import io.dynamo.spring.ratelimit.RateLimiterListener;
import io.dynamo.spring.ratelimit.RateLimitingInterceptor;
import io.dynamo.spring.ratelimit.TableLimits;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.infra.Blackhole;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The contenders of {@link ClientOverheadBenchmark} for one {@link Workload}, all over
 * the same {@link StubDynamoHttpClient}: each operation as each API's user would write
 * it.
 *
 * @param <T> the item type
 * @author dynamo-spring-boot authors
 */
final class OverheadContenders<T> {

	private static final String UPDATED_LABEL = "updated";

	private final Workload<T> workload;

	private final T item;

	private final String pk;

	private final String sk;

	private final DynamoDbClient raw;

	private final DynamoDbClient observedClient;

	private final DynamoDbTable<T> staticTable;

	private final DynamoDbTable<T> beanTable;

	private final DynamoDbTemplate springCloudAws;

	private final DynamoTemplate dynamo;

	private final DynamoDbClient capacityClient;

	private final DynamoTemplate dynamoCapacity;

	private final DynamoTemplate dynamoObserved;

	private final DynamoDbClient observedSdkClient;

	private final DynamoDbClient metersClient;

	private final DynamoTemplate dynamoMeters;

	private final DynamoDbClient limiterClient;

	private final DynamoDbClient rawCapacity;

	private final DynamoDbClient metersWithoutCapacityClient;

	private final DynamoTemplate dynamoMetersWithoutCapacity;

	private final DynamoTemplate dynamoLimiter;

	private final DynamoTemplate dynamoObservedSdk;

	private final CapacityRateLimiter limiter;

	private final BenchmarkRepositories.ItemRepository<T> repository;

	OverheadContenders(Workload<T> workload) {
		this.workload = workload;
		this.item = workload.sample().apply(1);
		this.pk = Workload.PARTITION;
		this.sk = Workload.sortKey(1);
		Map<String, AttributeValue> stored = workload.toItem().apply(this.item);
		this.raw = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), false),
				new ExecutionInterceptor[0]);
		DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(this.raw).build();
		this.staticTable = enhanced.table(workload.table(), workload.staticSchema());
		this.beanTable = enhanced.table(workload.table(), TableSchema.fromBean(workload.type()));
		this.springCloudAws = new DynamoDbTemplate(enhanced, new DefaultDynamoDbTableSchemaResolver(),
				tableNames(workload.table()));
		this.dynamo = new DynamoTemplate(this.raw, new DynamoMappingContext(TableNameResolver.NONE));
		this.repository = BenchmarkRepositories.create(workload, this.dynamo);
		// as the auto-configuration wires them: meters (the SDK's own metrics are off by
		// default) and a limiter with a limit far above the rate reached here
		this.limiter = new CapacityRateLimiter(
				(table) -> new TableLimits(CapacityLimit.fixed(CapacityLimit.MAX_RATE, Duration.ofSeconds(1)),
						CapacityLimit.fixed(CapacityLimit.MAX_RATE, Duration.ofSeconds(1))),
				Duration.ofSeconds(1), AdaptiveTuning.DEFAULTS, RateLimiterListener.NONE);
		// the SDK's own cost of consumed capacity: asked for (by the template, which sees
		// an
		// interceptor that needs it) and parsed from every response, nothing recorded
		this.capacityClient = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), true),
				new ExecutionInterceptor[] { new ConsumedCapacityInterceptor() {
				} });
		this.dynamoCapacity = new DynamoTemplate(this.capacityClient, new DynamoMappingContext(TableNameResolver.NONE));
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		this.observedClient = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), true),
				new ExecutionInterceptor[] { new DynamoMetricsInterceptor(registry, ObservationRegistry.NOOP, null),
						new RateLimitingInterceptor(this.limiter) });
		this.dynamoObserved = new DynamoTemplate(this.observedClient, new DynamoMappingContext(TableNameResolver.NONE));
		// the same with dynamo.metrics.sdk-metrics=true: the SDK's metric publisher too
		SimpleMeterRegistry sdkRegistry = new SimpleMeterRegistry();
		this.observedSdkClient = BenchmarkClients
			.client(StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), true),
					new ExecutionInterceptor[] {
							new DynamoMetricsInterceptor(sdkRegistry, ObservationRegistry.NOOP, null),
							new RateLimitingInterceptor(this.limiter) },
					new DynamoSdkMetricPublisher(sdkRegistry));
		this.dynamoObservedSdk = new DynamoTemplate(this.observedSdkClient,
				new DynamoMappingContext(TableNameResolver.NONE));
		// the two halves of meters + limiter, each on its own: what each costs above the
		// consumed capacity both stand on
		this.metersClient = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), true),
				new ExecutionInterceptor[] {
						new DynamoMetricsInterceptor(new SimpleMeterRegistry(), ObservationRegistry.NOOP, null) });
		this.dynamoMeters = new DynamoTemplate(this.metersClient, new DynamoMappingContext(TableNameResolver.NONE));
		this.limiterClient = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), true),
				new ExecutionInterceptor[] { new RateLimitingInterceptor(this.limiter) });
		this.dynamoLimiter = new DynamoTemplate(this.limiterClient, new DynamoMappingContext(TableNameResolver.NONE));
		// dynamo.metrics.consumed-capacity=false: meters that do not ask for consumed
		// capacity, over a stub that (like DynamoDB, not asked) reports none
		this.metersWithoutCapacityClient = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), false),
				new ExecutionInterceptor[] { new DynamoMetricsInterceptor(new SimpleMeterRegistry(),
						ObservationRegistry.NOOP, null, false) });
		this.dynamoMetersWithoutCapacity = new DynamoTemplate(this.metersWithoutCapacityClient,
				new DynamoMappingContext(TableNameResolver.NONE));
		// the raw client asking for consumed capacity itself: what the SDK spends on it
		// with no code of ours on the path
		this.rawCapacity = BenchmarkClients.client(
				StubDynamoHttpClient.forItem(stored, workload.queryPage(), workload.table(), true),
				new ExecutionInterceptor[0]);
	}

	/**
	 * Return the template whose client records meters without asking for consumed
	 * capacity ({@code dynamo.metrics.consumed-capacity=false}).
	 * @return the template
	 */
	DynamoTemplate metersWithoutCapacity() {
		return this.dynamoMetersWithoutCapacity;
	}

	/**
	 * Return the template whose client records meters only (no limiter).
	 * @return the template
	 */
	DynamoTemplate metersOnly() {
		return this.dynamoMeters;
	}

	/**
	 * Return the template whose client has the rate limiter only (no meters).
	 * @return the template
	 */
	DynamoTemplate limiterOnly() {
		return this.dynamoLimiter;
	}

	static DynamoDbTableNameResolver tableNames(String table) {
		return new DynamoDbTableNameResolver() {

			@Override
			public <E> String resolve(Class<E> type) {
				return table;
			}

		};
	}

	void close() {
		this.raw.close();
		this.capacityClient.close();
		this.observedClient.close();
		this.observedSdkClient.close();
		this.metersClient.close();
		this.limiterClient.close();
		this.rawCapacity.close();
		this.metersWithoutCapacityClient.close();
		this.limiter.close();
	}

	// GetItem

	T getRaw() {
		return getRaw(this.raw, null);
	}

	T getRawCapacity() {
		return getRaw(this.rawCapacity, ReturnConsumedCapacity.INDEXES);
	}

	private T getRaw(DynamoDbClient client, @Nullable ReturnConsumedCapacity capacity) {
		Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(this.pk), "sk",
				AttributeValue.fromS(this.sk));
		return this.workload.fromItem()
			.apply(client
				.getItem(GetItemRequest.builder()
					.tableName(this.workload.table())
					.key(key)
					.returnConsumedCapacity(capacity)
					.build())
				.item());
	}

	T getEnhancedStatic() {
		return this.staticTable.getItem(Key.builder().partitionValue(this.pk).sortValue(this.sk).build());
	}

	T getEnhancedBean() {
		return this.beanTable.getItem(Key.builder().partitionValue(this.pk).sortValue(this.sk).build());
	}

	T getSpringCloudAws() {
		return this.springCloudAws.load(Key.builder().partitionValue(this.pk).sortValue(this.sk).build(),
				this.workload.type());
	}

	T getDynamo() {
		return this.dynamo.findById(this.workload.type(), this.pk, this.sk).orElseThrow();
	}

	T getRepository() {
		return this.repository.findById(DynamoKey.of(this.pk, this.sk)).orElseThrow();
	}

	T getDynamoCapacity() {
		return get(this.dynamoCapacity);
	}

	T getDynamoObserved() {
		return get(this.dynamoObserved);
	}

	T getDynamoObservedSdk() {
		return get(this.dynamoObservedSdk);
	}

	/**
	 * A {@code GetItem} through one of the instrumented templates.
	 * @param template the template, such as {@link #metersOnly()}
	 * @return the entity
	 */
	T get(DynamoTemplate template) {
		return template.findById(this.workload.type(), this.pk, this.sk).orElseThrow();
	}

	// PutItem

	PutItemResponse putRaw() {
		return putRaw(this.raw, null);
	}

	PutItemResponse putRawCapacity() {
		return putRaw(this.rawCapacity, ReturnConsumedCapacity.INDEXES);
	}

	private PutItemResponse putRaw(DynamoDbClient client, @Nullable ReturnConsumedCapacity capacity) {
		return client.putItem(PutItemRequest.builder()
			.tableName(this.workload.table())
			.item(this.workload.toItem().apply(this.item))
			.returnConsumedCapacity(capacity)
			.build());
	}

	T putEnhancedStatic() {
		this.staticTable.putItem(this.item);
		return this.item;
	}

	T putEnhancedBean() {
		this.beanTable.putItem(this.item);
		return this.item;
	}

	T putSpringCloudAws() {
		return this.springCloudAws.save(this.item);
	}

	T putDynamo() {
		return this.dynamo.save(this.item);
	}

	T putDynamoCapacity() {
		return this.dynamoCapacity.save(this.item);
	}

	T putDynamoObserved() {
		return this.dynamoObserved.save(this.item);
	}

	T putDynamoObservedSdk() {
		return this.dynamoObservedSdk.save(this.item);
	}

	/**
	 * A {@code PutItem} through one of the instrumented templates.
	 * @param template the template
	 * @return the entity written
	 */
	T put(DynamoTemplate template) {
		return template.save(this.item);
	}

	// UpdateItem: the raw client and ours set one attribute by key; the enhanced client
	// and Spring Cloud AWS can only update with a whole item

	T updateRaw() {
		return updateRaw(this.raw, null);
	}

	T updateRawCapacity() {
		return updateRaw(this.rawCapacity, ReturnConsumedCapacity.INDEXES);
	}

	private T updateRaw(DynamoDbClient client, @Nullable ReturnConsumedCapacity capacity) {
		Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS(this.pk), "sk",
				AttributeValue.fromS(this.sk));
		UpdateItemRequest request = UpdateItemRequest.builder()
			.tableName(this.workload.table())
			.key(key)
			.updateExpression("SET #label = :label")
			.expressionAttributeNames(Map.of("#label", "label"))
			.expressionAttributeValues(Map.of(":label", AttributeValue.fromS(UPDATED_LABEL)))
			.returnValues(ReturnValue.ALL_NEW)
			.returnConsumedCapacity(capacity)
			.build();
		return this.workload.fromItem().apply(client.updateItem(request).attributes());
	}

	T updateEnhancedStatic() {
		return this.staticTable.updateItem(this.item);
	}

	T updateEnhancedBean() {
		return this.beanTable.updateItem(this.item);
	}

	T updateSpringCloudAws() {
		return this.springCloudAws.update(this.item);
	}

	T updateDynamo() {
		return this.dynamo.update(this.workload.type(), this.pk, this.sk, Update.update().set("label", UPDATED_LABEL))
			.entity()
			.orElseThrow();
	}

	T updateDynamoCapacity() {
		return update(this.dynamoCapacity);
	}

	T updateDynamoObserved() {
		return update(this.dynamoObserved);
	}

	T updateDynamoObservedSdk() {
		return update(this.dynamoObservedSdk);
	}

	/**
	 * An {@code UpdateItem} of one attribute through one of the instrumented templates.
	 * @param template the template
	 * @return the entity as updated
	 */
	T update(DynamoTemplate template) {
		return template.update(this.workload.type(), this.pk, this.sk, Update.update().set("label", UPDATED_LABEL))
			.entity()
			.orElseThrow();
	}

	// Query: one page, every item mapped

	int queryRaw(Blackhole blackhole) {
		return queryRaw(this.raw, null, blackhole);
	}

	int queryRawCapacity(Blackhole blackhole) {
		return queryRaw(this.rawCapacity, ReturnConsumedCapacity.INDEXES, blackhole);
	}

	private int queryRaw(DynamoDbClient client, @Nullable ReturnConsumedCapacity capacity, Blackhole blackhole) {
		QueryRequest request = QueryRequest.builder()
			.tableName(this.workload.table())
			.keyConditionExpression("#pk = :pk")
			.expressionAttributeNames(Map.of("#pk", "pk"))
			.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(this.pk)))
			.returnConsumedCapacity(capacity)
			.build();
		QueryResponse response = client.query(request);
		for (Map<String, AttributeValue> found : response.items()) {
			blackhole.consume(this.workload.fromItem().apply(found));
		}
		return response.count();
	}

	int queryEnhancedStatic(Blackhole blackhole) {
		return consume(this.staticTable.query(queryRequest()).items().stream(), blackhole);
	}

	int queryEnhancedBean(Blackhole blackhole) {
		return consume(this.beanTable.query(queryRequest()).items().stream(), blackhole);
	}

	int querySpringCloudAws(Blackhole blackhole) {
		return consume(this.springCloudAws.query(queryRequest(), this.workload.type()).items().stream(), blackhole);
	}

	int queryDynamo(Blackhole blackhole) {
		return consume(this.dynamo.query(QuerySpec.of(this.workload.type(), this.pk)), blackhole);
	}

	int queryRepository(Blackhole blackhole) {
		return consume(this.repository.streamByPk(this.pk), blackhole);
	}

	int queryDynamoCapacity(Blackhole blackhole) {
		return query(this.dynamoCapacity, blackhole);
	}

	int queryDynamoObserved(Blackhole blackhole) {
		return query(this.dynamoObserved, blackhole);
	}

	int queryDynamoObservedSdk(Blackhole blackhole) {
		return query(this.dynamoObservedSdk, blackhole);
	}

	/**
	 * A query page through one of the instrumented templates, every item mapped.
	 * @param template the template
	 * @param blackhole where the items go
	 * @return the number of items
	 */
	int query(DynamoTemplate template, Blackhole blackhole) {
		return consume(template.query(QuerySpec.of(this.workload.type(), this.pk)), blackhole);
	}

	private QueryEnhancedRequest queryRequest() {
		return QueryEnhancedRequest.builder()
			.queryConditional(QueryConditional.keyEqualTo(Key.builder().partitionValue(this.pk).build()))
			.build();
	}

	private static int consume(Stream<?> items, Blackhole blackhole) {
		int[] count = new int[1];
		try (items) {
			items.forEach((found) -> {
				blackhole.consume(found);
				count[0]++;
			});
		}
		return count[0];
	}

}
