/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.awspring.cloud.dynamodb.DefaultDynamoDbTableSchemaResolver;
import io.awspring.cloud.dynamodb.DynamoDbTemplate;
import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.benchmarks.model.Workload;
import io.dynamo.spring.core.BatchGet;
import io.dynamo.spring.core.BatchOptions;
import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Load run: small items (about 1 KB) written to and read back from the embedded engine in
 * this JVM, over HTTP on 127.0.0.1 or in-process, each contender into its own table:
 * <ul>
 * <li>our batch path ({@code batchWrite}, {@code batchGet}) and the raw SDK's
 * {@code BatchWriteItem} / {@code BatchGetItem} with the same parallelism;</li>
 * <li>one item at a time through our template and through Spring Cloud AWS's
 * template;</li>
 * <li>the whole partition read back as a stream: our {@code query} against the raw SDK's
 * query paginator in pages of 100 items, for throughput and then for heap growth (used
 * heap after a full collection every 10,000 items; the engine runs in the same JVM).</li>
 * </ul>
 * Arguments: {@code [result json] [batch items=100000] [one-at-a-time items=100000]
 * [parallelism=4] [transport=http|in-process]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class BulkThroughput {

	private static final Workload<SmallItem> SMALL = Workload.SMALL;

	private static final int HEAP_SAMPLE_EVERY = 10_000;

	/**
	 * Rounds of the batch comparisons: many short slices, so that the median of the
	 * per-round ratios against the raw loop (the last contender) is not at the mercy of
	 * one slow stretch of the machine.
	 */
	private static final int BATCH_ROUNDS = 20;

	/**
	 * Passes over the slices of the batch comparisons: each contender writes (then reads)
	 * every slice this many times, so that the median is taken over
	 * {@code BATCH_ROUNDS * BATCH_PASSES} rounds; the later passes overwrite and reread
	 * items of the same size in tables of the same size.
	 */
	private static final int BATCH_PASSES = 3;

	/**
	 * Batch calls of each contender before the first measured round, on a table of its
	 * own, so that every path is compiled before it is timed.
	 */
	private static final int BATCH_WARM_UPS = 10;

	/**
	 * Items per query page when streaming the partition back, kept from the runs on
	 * DynamoDB Local (which built 1 MB pages of a large partition slowly) so that the
	 * figures stay comparable.
	 */
	private static final int STREAM_PAGE = 100;

	private BulkThroughput() {
	}

	/**
	 * Run the load.
	 * @param args {@code [result json] [batch items] [one-at-a-time items] [parallelism]}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		String file = (args.length > 0) ? args[0] : "benchmarks/results/bulk.json";
		int items = (args.length > 1) ? Integer.parseInt(args[1]) : 100_000;
		int loopItems = (args.length > 2) ? Integer.parseInt(args[2]) : 100_000;
		int parallelism = (args.length > 3) ? Integer.parseInt(args[3]) : 4;
		String transport = (args.length > 4) ? args[4] : "http";
		Results results = new Results();
		try (EmbeddedDynamoServer server = BenchmarkClients.engine(transport);
				DynamoDbClient client = BenchmarkClients.client(server, RetryMode.STANDARD)) {
			for (String prefix : new String[] { "warm-", "batch-", "raw-", "loop-", "sca-" }) {
				BenchmarkClients.createItemTable(client, prefix + SMALL.table());
			}
			BatchOptions options = BatchOptions.DEFAULT.withMaxParallelism(parallelism);
			DynamoTemplate warm = template(client, "warm-");
			DynamoTemplate batch = template(client, "batch-");
			DynamoTemplate loop = template(client, "loop-");
			DynamoDbTemplate springCloudAws = new DynamoDbTemplate(
					DynamoDbEnhancedClient.builder().dynamoDbClient(client).build(),
					new DefaultDynamoDbTableSchemaResolver(), OverheadContenders.tableNames("sca-" + SMALL.table()));
			List<SmallItem> all = items(items);
			List<SmallItem> some = all.subList(0, Math.min(loopItems, items));

			// every code path once, so that no contender pays for the first compilation
			List<SmallItem> warmItems = items(2_000);
			List<SmallItem> warmSlice = items(items / BATCH_ROUNDS);
			for (int i = 0; i < BATCH_WARM_UPS; i++) {
				warm.batchWrite(BatchWrite.create().put(warmSlice), options);
				rawBatchWrite(client, "warm-" + SMALL.table(), warmSlice, parallelism);
				warm.batchGet(BatchGet.create().get(SmallItem.class, keys(warmSlice)), options);
				rawBatchGet(client, "warm-" + SMALL.table(), warmSlice, parallelism);
			}
			warm.batchWrite(BatchWrite.create().put(warmItems), options);
			rawBatchWrite(client, "warm-" + SMALL.table(), warmItems, parallelism);
			warmItems.forEach(warm::save);
			warmItems.forEach(springCloudAws::save);
			warm.batchGet(BatchGet.create().get(SmallItem.class, keys(warmItems)), options);
			rawBatchGet(client, "warm-" + SMALL.table(), warmItems, parallelism);
			warmItems.forEach((item) -> warm.findById(SmallItem.class, item.getPk(), item.getSk()));
			try (Stream<SmallItem> stream = warm.query(QuerySpec.of(SmallItem.class, Workload.PARTITION))) {
				stream.forEach((item) -> {
				});
			}
			rawQuery(client, "warm-" + SMALL.table(), null);

			// contenders of a comparison take turns over slices of the items, the order
			// rotating every round, so that drift (the database growing, the collector,
			// the other engineer's build) falls on both alike
			String rawTable = "raw-" + SMALL.table();
			alternate(results, "write", BATCH_ROUNDS, BATCH_PASSES, all,
					new Contender("dynamoBatch", parallelism,
							(slice) -> batch.batchWrite(BatchWrite.create().put(slice), options)),
					new Contender("rawBatchWriteItem", parallelism,
							(slice) -> rawBatchWrite(client, rawTable, slice, parallelism)));
			alternate(results, "write", 4, 1, some,
					new Contender("dynamoOneAtATime", 1, (slice) -> slice.forEach(loop::save)),
					new Contender("springCloudAwsOneAtATime", 1, (slice) -> slice.forEach(springCloudAws::save)));
			alternate(results, "read", BATCH_ROUNDS, BATCH_PASSES, all, new Contender("dynamoBatch", parallelism,
					(slice) -> check(batch.batchGet(BatchGet.create().get(SmallItem.class, keys(slice)), options)
						.get(SmallItem.class)
						.size(), slice.size())),
					new Contender("rawBatchGetItem", parallelism,
							(slice) -> check(rawBatchGet(client, rawTable, slice, parallelism), slice.size())));
			alternate(results, "read", 4, 1, some,
					new Contender(
							"dynamoOneAtATime", 1, (
									slice) -> slice
										.forEach(
												(item) -> loop.findById(SmallItem.class, item.getPk(), item.getSk())
													.orElseThrow())),
					new Contender("springCloudAwsOneAtATime", 1,
							(slice) -> slice.forEach((item) -> require(springCloudAws.load(
									Key.builder().partitionValue(item.getPk()).sortValue(item.getSk()).build(),
									SmallItem.class)))));
			// the whole partition each round
			List<List<SmallItem>> twice = List.of(all, all);
			alternate(results, "stream", twice,
					new Contender("dynamoQuery", 1, (slice) -> check(dynamoQuery(batch, null), slice.size())),
					new Contender("rawQueryPaginator", 1,
							(slice) -> check(rawQuery(client, rawTable, null), slice.size())));
			heap(results, "dynamoQuery", all.size(), (heap) -> dynamoQuery(batch, heap));
			heap(results, "rawQueryPaginator", all.size(), (heap) -> rawQuery(client, rawTable, heap));
		}
		results.write(file);
		// exit even if a library left a non-daemon thread behind
		System.exit(0);
	}

	private static DynamoTemplate template(DynamoDbClient client, String prefix) {
		return new DynamoTemplate(client, new DynamoMappingContext(new TableNameResolver(prefix, null)));
	}

	private static List<SmallItem> items(int count) {
		List<SmallItem> items = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			items.add(SMALL.sample().apply(i));
		}
		return items;
	}

	private static List<DynamoKey> keys(List<SmallItem> items) {
		return items.stream().map((item) -> DynamoKey.of(item.getPk(), item.getSk())).toList();
	}

	private static void alternate(Results results, String group, int slices, int passes, List<SmallItem> items,
			Contender... contenders) {
		List<List<SmallItem>> rounds = new ArrayList<>(slices * passes);
		for (int pass = 0; pass < passes; pass++) {
			for (int slice = 0; slice < slices; slice++) {
				rounds.add(items.subList(slice * items.size() / slices, (slice + 1) * items.size() / slices));
			}
		}
		alternate(results, group, rounds, contenders);
	}

	private static void alternate(Results results, String group, List<List<SmallItem>> slices,
			Contender... contenders) {
		long[] nanos = new long[contenders.length];
		int[] counts = new int[contenders.length];
		double[][] roundNanos = new double[contenders.length][slices.size()];
		for (int round = 0; round < slices.size(); round++) {
			List<SmallItem> slice = slices.get(round);
			for (int turn = 0; turn < contenders.length; turn++) {
				int c = (round + turn) % contenders.length;
				long start = System.nanoTime();
				contenders[c].run().accept(slice);
				long elapsed = System.nanoTime() - start;
				nanos[c] += elapsed;
				roundNanos[c][round] = elapsed;
				counts[c] += slice.size();
			}
		}
		for (int c = 0; c < contenders.length; c++) {
			double seconds = nanos[c] / 1e9;
			Map<String, Object> record = results.add(group, contenders[c].name());
			record.put("parallelism", contenders[c].parallelism());
			record.put("items", counts[c]);
			record.put("rounds", slices.size());
			record.put("seconds", seconds);
			record.put("itemsPerSecond", counts[c] / seconds);
			System.out.printf("%-7s %-26s %,8d items in %7.2f s: %,9.0f items/s%n", group, contenders[c].name(),
					counts[c], seconds, counts[c] / seconds);
			if (slices.size() >= 8 && c < contenders.length - 1) {
				// throughput against the last contender, round by round: its time over
				// ours
				double[] ratios = Rounds.ratios(roundNanos[contenders.length - 1], roundNanos[c]);
				record.put("versus", contenders[contenders.length - 1].name());
				record.put("ratioMedian", Rounds.round3(Rounds.median(ratios)));
				record.put("ratioP25", Rounds.round3(Rounds.percentile(ratios, 0.25)));
				record.put("ratioP75", Rounds.round3(Rounds.percentile(ratios, 0.75)));
				System.out.printf("%-7s %-26s throughput %.3fx of %s per round (quartiles %.3f-%.3f, %d rounds)%n",
						group, contenders[c].name(), Rounds.median(ratios), contenders[contenders.length - 1].name(),
						Rounds.percentile(ratios, 0.25), Rounds.percentile(ratios, 0.75), slices.size());
			}
		}
	}

	private static void heap(Results results, String contender, int items, HeapRun run) {
		Heap heap = new Heap();
		heap.sample();
		int read = run.read(heap);
		heap.sample();
		check(read, items);
		Map<String, Object> record = results.add("heap", contender);
		record.put("items", items);
		record.put("maxHeapBytes", Heap.maxHeap());
		record.put("sampleEvery", HEAP_SAMPLE_EVERY);
		record.put("usedAfterGcBytes", heap.samples());
		record.put("growthBytes", heap.growth());
		record.put("endToEndBytes", heap.endToEnd());
		System.out.printf("heap    %-26s %,8d items: growth %,d bytes (first %,d, last %,d)%n", contender, items,
				heap.growth(), heap.samples().get(0), heap.samples().get(heap.samples().size() - 1));
	}

	private static int dynamoQuery(DynamoTemplate template, @Nullable Heap heap) {
		AtomicLong count = new AtomicLong();
		try (Stream<SmallItem> stream = template
			.query(QuerySpec.of(SmallItem.class, Workload.PARTITION).pageSize(STREAM_PAGE))) {
			stream.forEach((item) -> counted(count, heap));
		}
		return (int) count.get();
	}

	private static int rawQuery(DynamoDbClient client, String table, @Nullable Heap heap) {
		QueryRequest request = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("#pk = :pk")
			.expressionAttributeNames(Map.of("#pk", "pk"))
			.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Workload.PARTITION)))
			.limit(STREAM_PAGE)
			.build();
		AtomicLong count = new AtomicLong();
		for (Map<String, AttributeValue> item : client.queryPaginator(request).items()) {
			SMALL.fromItem().apply(item);
			counted(count, heap);
		}
		return (int) count.get();
	}

	private static void counted(AtomicLong count, @Nullable Heap heap) {
		if (count.incrementAndGet() % HEAP_SAMPLE_EVERY == 0 && heap != null) {
			heap.sample();
		}
	}

	/**
	 * The raw SDK's batch write as a careful user writes it: requests of 25 puts on a
	 * pool of {@code parallelism} threads, unprocessed items resubmitted.
	 */
	static void rawBatchWrite(DynamoDbClient client, String table, List<SmallItem> items, int parallelism) {
		ExecutorService pool = Executors.newFixedThreadPool(parallelism);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int from = 0; from < items.size(); from += 25) {
				List<SmallItem> chunk = items.subList(from, Math.min(from + 25, items.size()));
				futures.add(pool.submit(() -> {
					List<WriteRequest> writes = new ArrayList<>(chunk.size());
					for (SmallItem item : chunk) {
						writes.add(WriteRequest.builder()
							.putRequest(PutRequest.builder().item(SMALL.toItem().apply(item)).build())
							.build());
					}
					Map<String, List<WriteRequest>> pending = Map.of(table, writes);
					while (!pending.isEmpty()) {
						Map<String, List<WriteRequest>> request = pending;
						BatchWriteItemResponse response = client.batchWriteItem((batch) -> batch.requestItems(request));
						pending = response.hasUnprocessedItems() ? response.unprocessedItems() : Map.of();
					}
				}));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * The raw SDK's batch get: requests of 100 keys on a pool of {@code parallelism}
	 * threads, unprocessed keys resubmitted, every item mapped and kept in one list, as
	 * {@code batchGet} returns them (a contender that drops the mapped items leaves the
	 * collector less to do than a caller who uses them).
	 */
	static int rawBatchGet(DynamoDbClient client, String table, List<SmallItem> items, int parallelism) {
		ExecutorService pool = Executors.newFixedThreadPool(parallelism);
		try {
			List<Future<List<SmallItem>>> futures = new ArrayList<>();
			for (int from = 0; from < items.size(); from += 100) {
				List<SmallItem> chunk = items.subList(from, Math.min(from + 100, items.size()));
				futures.add(pool.submit(() -> {
					List<Map<String, AttributeValue>> keys = new ArrayList<>(chunk.size());
					for (SmallItem item : chunk) {
						Map<String, AttributeValue> key = new HashMap<>(4);
						key.put("pk", AttributeValue.fromS(item.getPk()));
						key.put("sk", AttributeValue.fromS(item.getSk()));
						keys.add(key);
					}
					List<SmallItem> read = new ArrayList<>(chunk.size());
					Map<String, KeysAndAttributes> pending = Map.of(table,
							KeysAndAttributes.builder().keys(keys).build());
					while (!pending.isEmpty()) {
						Map<String, KeysAndAttributes> request = pending;
						BatchGetItemResponse response = client.batchGetItem((batch) -> batch.requestItems(request));
						for (Map<String, AttributeValue> found : response.responses().getOrDefault(table, List.of())) {
							read.add(SMALL.fromItem().apply(found));
						}
						pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
					}
					return read;
				}));
			}
			List<SmallItem> read = new ArrayList<>(items.size());
			for (Future<List<SmallItem>> future : futures) {
				read.addAll(future.get());
			}
			return read.size();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			pool.shutdown();
		}
	}

	private static void check(int read, int expected) {
		if (read != expected) {
			throw new IllegalStateException("Read " + read + " items, expected " + expected);
		}
	}

	private static void require(@Nullable Object item) {
		if (item == null) {
			throw new IllegalStateException("An item written was not found");
		}
	}

	private record Contender(String name, int parallelism, Consumer<List<SmallItem>> run) {

	}

	@FunctionalInterface
	private interface HeapRun {

		int read(Heap heap);

	}

}
