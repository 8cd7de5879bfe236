/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Measures PutItem of 1 KB items through the in-process SDK client, in memory and with
 * the journal, single-thread and with several threads (not a test: run its main with the
 * test classpath; arguments: seconds per run, thread counts).
 */
public final class JournalThroughput {

	private JournalThroughput() {
	}

	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 5;
		int[] threads = { 1, 8 };
		if (args.length > 1) {
			threads = new int[args.length - 1];
			for (int i = 1; i < args.length; i++) {
				threads[i - 1] = Integer.parseInt(args[i]);
			}
		}
		for (boolean persistent : new boolean[] { false, true }) {
			for (int count : threads) {
				Path directory = Files.createTempDirectory("journal-throughput");
				DynamoEngine.Builder builder = DynamoEngine.builder().expirySweepInterval(Duration.ZERO);
				if (persistent) {
					builder.directory(directory);
				}
				try (DynamoEngine engine = builder.build()) {
					double rate = run(engine, count, seconds);
					System.out.printf("%-9s %2d thread(s): %,10.0f PutItem/s%n", persistent ? "journal" : "in memory",
							count, rate);
				}
			}
		}
	}

	private static double run(DynamoEngine engine, int threads, int seconds) throws Exception {
		DynamoDbClient client = EngineClients.inProcess(engine);
		client.createTable((t) -> t.tableName("bench")
			.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
			.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
			.billingMode(BillingMode.PAY_PER_REQUEST));
		String payload = "x".repeat(1000);
		// warm-up
		for (int i = 0; i < 200; i++) {
			int n = i;
			client.putItem((p) -> p.tableName("bench")
				.item(Map.of("id", AttributeValue.fromS("w" + n), "payload", AttributeValue.fromS(payload))));
		}
		AtomicLong done = new AtomicLong();
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread worker = new Thread(() -> {
				long n = 0;
				while (System.nanoTime() < end) {
					String id = thread + "-" + (n++);
					client.putItem((p) -> p.tableName("bench")
						.item(Map.of("id", AttributeValue.fromS(id), "payload", AttributeValue.fromS(payload))));
					done.incrementAndGet();
				}
			});
			workers.add(worker);
			worker.start();
		}
		long start = System.nanoTime();
		for (Thread worker : workers) {
			worker.join();
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		client.close();
		return done.get() / elapsed;
	}

}
