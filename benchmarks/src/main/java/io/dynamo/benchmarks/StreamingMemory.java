/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

import io.awspring.cloud.dynamodb.DefaultDynamoDbTableSchemaResolver;
import io.awspring.cloud.dynamodb.DynamoDbTemplate;
import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.benchmarks.model.Workload;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.core.ScanSpec;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryEnhancedRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Load run: heap growth while streaming a million small items (about 1 KB each, pages of
 * 1,000 items, about 1 MB as DynamoDB's pages) from a query and from a scan. The pages
 * come from {@link StubDynamoHttpClient}, so only the client's heap is measured and a
 * million items take seconds instead of the minutes a database needs to load and serve
 * them. Used heap is sampled after a full collection every 100,000 items; run it with a
 * small heap ({@code -Xmx256m}) to show that nothing accumulates.
 * <p>
 * Arguments: {@code [result json] [items=1000000]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class StreamingMemory {

	private static final int PAGE = 1_000;

	private static final int SAMPLE_EVERY = 100_000;

	private StreamingMemory() {
	}

	/**
	 * Stream the items through each contender.
	 * @param args {@code [result json] [items]}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		String file = (args.length > 0) ? args[0] : "benchmarks/results/memory.json";
		long items = (args.length > 1) ? Long.parseLong(args[1]) : 1_000_000;
		Map<String, AttributeValue> item = Workload.SMALL.toItem().apply(Workload.SMALL.sample().apply(0));
		Results results = new Results();
		// one pass each first (a tenth of the items), so that the measured passes run
		// compiled code
		for (Function<Heap, Long> contender : contenders(item, Math.max(PAGE, items / 10)).values()) {
			contender.apply(null);
		}
		for (Map.Entry<String, Function<Heap, Long>> contender : contenders(item, items).entrySet()) {
			Heap heap = new Heap();
			heap.sample();
			long start = System.nanoTime();
			long read = contender.getValue().apply(heap);
			double seconds = (System.nanoTime() - start) / 1e9;
			heap.sample();
			if (read != items) {
				throw new IllegalStateException(contender.getKey() + " read " + read + " items, expected " + items);
			}
			Map<String, Object> record = results.add("memory", contender.getKey());
			record.put("items", read);
			record.put("maxHeapBytes", Heap.maxHeap());
			record.put("sampleEvery", SAMPLE_EVERY);
			record.put("usedAfterGcBytes", heap.samples());
			record.put("growthBytes", heap.growth());
			record.put("endToEndBytes", heap.endToEnd());
			record.put("seconds", seconds);
			record.put("itemsPerSecond", read / seconds);
			System.out.printf("%-22s %,d items in %.1f s, heap after GC first %,d last %,d max growth %,d bytes%n",
					contender.getKey(), read, seconds, heap.samples().get(0),
					heap.samples().get(heap.samples().size() - 1), heap.growth());
		}
		results.write(file);
	}

	private static Map<String, Function<Heap, Long>> contenders(Map<String, AttributeValue> item, long items) {
		DynamoDbClient client = BenchmarkClients.client(StubDynamoHttpClient.paging(item, PAGE, items),
				new ExecutionInterceptor[0]);
		DynamoTemplate template = new DynamoTemplate(client, new DynamoMappingContext(TableNameResolver.NONE));
		DynamoDbEnhancedClient enhanced = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
		DynamoDbTemplate springCloudAws = new DynamoDbTemplate(enhanced, new DefaultDynamoDbTableSchemaResolver(),
				OverheadContenders.tableNames("small"));
		QueryRequest rawQuery = QueryRequest.builder()
			.tableName("small")
			.keyConditionExpression("#pk = :pk")
			.expressionAttributeNames(Map.of("#pk", "pk"))
			.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Workload.PARTITION)))
			.build();
		Map<String, Function<Heap, Long>> contenders = new LinkedHashMap<>();
		contenders.put("dynamoQuery",
				(heap) -> consume(template.query(QuerySpec.of(SmallItem.class, Workload.PARTITION)), heap));
		contenders.put("dynamoScan", (heap) -> consume(template.scan(ScanSpec.of(SmallItem.class)), heap));
		contenders.put("rawQueryPaginator",
				(heap) -> consume(client.queryPaginator(rawQuery).items().stream().map(Workload.SMALL.fromItem()),
						heap));
		contenders.put("rawScanPaginator",
				(heap) -> consume(client.scanPaginator(ScanRequest.builder().tableName("small").build())
					.items()
					.stream()
					.map(Workload.SMALL.fromItem()), heap));
		contenders.put("springCloudAwsQuery",
				(heap) -> consume(
						springCloudAws
							.query(QueryEnhancedRequest.builder()
								.queryConditional(QueryConditional
									.keyEqualTo(Key.builder().partitionValue(Workload.PARTITION).build()))
								.build(), SmallItem.class)
							.items()
							.stream(),
						heap));
		return contenders;
	}

	private static long consume(Stream<?> items, @Nullable Heap heap) {
		AtomicLong count = new AtomicLong();
		try (items) {
			items.forEach((item) -> {
				if (count.incrementAndGet() % SAMPLE_EVERY == 0 && heap != null) {
					heap.sample();
				}
			});
		}
		return count.get();
	}

}
