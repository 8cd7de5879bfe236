/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Load run: operations per second of the embedded engine through the raw SDK client, one
 * thread, small items (about 100 bytes): {@code PutItem}, then strongly consistent
 * {@code GetItem} of the items written, in-process and over HTTP (Apache client on
 * 127.0.0.1). Each phase runs once to warm up, then is measured.
 * <p>
 * Arguments: {@code [result json] [items per phase=20000]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class EngineThroughput {

	private static final String TABLE = "throughput";

	private EngineThroughput() {
	}

	/**
	 * Run the load.
	 * @param args {@code [result json] [items per phase]}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		String file = (args.length > 0) ? args[0] : "benchmarks/results/engine.json";
		int items = (args.length > 1) ? Integer.parseInt(args[1]) : 20_000;
		Results results = new Results();
		for (String transport : new String[] { "in-process", "http" }) {
			try (EmbeddedDynamoServer server = BenchmarkClients.engine(transport);
					DynamoDbClient client = BenchmarkClients.client(server, RetryMode.STANDARD)) {
				BenchmarkClients.createTable(client, TABLE);
				IntConsumer put = (i) -> client.putItem((request) -> request.tableName(TABLE).item(item(i)));
				IntConsumer get = (i) -> client
					.getItem((request) -> request.tableName(TABLE).key(key(i)).consistentRead(true));
				measure(items, put);
				measure(items, get);
				record(results, transport, "PutItem", items, measure(items, put));
				record(results, transport, "GetItem", items, measure(items, get));
			}
		}
		results.write(file);
	}

	private static double measure(int items, IntConsumer operation) {
		long start = System.nanoTime();
		for (int i = 0; i < items; i++) {
			operation.accept(i);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static void record(Results results, String transport, String operation, int items, double seconds) {
		Map<String, Object> record = results.add(transport, operation);
		record.put("items", items);
		record.put("seconds", seconds);
		record.put("opsPerSecond", items / seconds);
		System.out.printf(Locale.ROOT, "%-10s %-8s %,8d in %6.2f s: %,10.0f ops/s%n", transport, operation, items,
				seconds, items / seconds);
	}

	private static Map<String, AttributeValue> key(int i) {
		return Map.of("pk", AttributeValue.fromS("item-" + i));
	}

	private static Map<String, AttributeValue> item(int i) {
		return Map.of("pk", AttributeValue.fromS("item-" + i), "name", AttributeValue.fromS("name of item " + i),
				"count", AttributeValue.fromN(Integer.toString(i)), "note", AttributeValue.fromS("x".repeat(40)));
	}

}
