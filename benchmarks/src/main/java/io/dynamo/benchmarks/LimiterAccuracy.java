/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import io.dynamo.spring.ratelimit.AdaptiveTuning;
import io.dynamo.spring.ratelimit.CapacityLimit;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import io.dynamo.spring.ratelimit.RateLimiterListener;
import io.dynamo.spring.ratelimit.RateLimitingInterceptor;
import io.dynamo.spring.ratelimit.TableLimits;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;

/**
 * Load run: how closely a fixed limit holds the consumed capacity DynamoDB reports. Eight
 * threads put 1 KB items (1 write unit each) as fast as the limiter lets them, then get
 * them back with strongly consistent reads (1 read unit each), against an in-process the
 * embedded engine (over HTTP, or in-process with {@code in-process} as the fifth
 * argument); the units per second are the sum of the {@code ConsumedCapacity} of the
 * responses divided by the elapsed time.
 * <p>
 * Arguments: {@code [seconds=30] [threads=8] [rate=100] [write|read|both=both]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class LimiterAccuracy {

	private static final String TABLE = "accuracy";

	private static final int KEYS = 2000;

	private LimiterAccuracy() {
	}

	/**
	 * Run the accuracy load.
	 * @param args
	 * {@code [seconds] [threads] [units per second] [write|read|both] [http|in-process]}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		int threads = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		double rate = (args.length > 2) ? Double.parseDouble(args[2]) : 100;
		String which = (args.length > 3) ? args[3] : "both";
		String transport = (args.length > 4) ? args[4] : "http";
		try (EmbeddedDynamoServer server = BenchmarkClients.engine(transport)) {
			try (DynamoDbClient raw = BenchmarkClients.client(server, RetryMode.STANDARD)) {
				BenchmarkClients.createTable(raw, TABLE);
				for (int i = 0; i < KEYS; i++) {
					raw.putItem(put(i));
				}
			}
			if (!"read".equals(which)) {
				run("write", seconds, threads, rate, server,
						new TableLimits(null, CapacityLimit.fixed(rate, Duration.ofSeconds(1))));
			}
			if (!"write".equals(which)) {
				run("read", seconds, threads, rate, server,
						new TableLimits(CapacityLimit.fixed(rate, Duration.ofSeconds(1)), null));
			}
		}
		// exit even if a library left a non-daemon thread behind
		System.exit(0);
	}

	private static void run(String kind, int seconds, int threads, double rate, EmbeddedDynamoServer server,
			TableLimits limits) throws InterruptedException {
		CapacityRateLimiter limiter = new CapacityRateLimiter((table) -> limits, Duration.ofMinutes(1),
				AdaptiveTuning.DEFAULTS, RateLimiterListener.NONE);
		DoubleAdder units = new DoubleAdder();
		LongAdder calls = new LongAdder();
		int[] perSecondSlots = new int[seconds + 2];
		double[] perSecond = new double[seconds + 2];
		try (DynamoDbClient client = BenchmarkClients.client(server, RetryMode.STANDARD,
				new RateLimitingInterceptor(limiter))) {
			long start = System.nanoTime();
			long end = start + Duration.ofSeconds(seconds).toNanos();
			List<Thread> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				Thread worker = new Thread(() -> {
					while (System.nanoTime() < end) {
						int key = ThreadLocalRandom.current().nextInt(KEYS);
						ConsumedCapacity consumed = "write".equals(kind) ? client.putItem(put(key)).consumedCapacity()
								: client.getItem((get) -> get.tableName(TABLE).key(key(key)).consistentRead(true))
									.consumedCapacity();
						long now = System.nanoTime();
						if (now <= end) {
							units.add(consumed.capacityUnits());
							calls.increment();
							int slot = (int) ((now - start) / 1_000_000_000L);
							synchronized (perSecond) {
								perSecond[slot] += consumed.capacityUnits();
								perSecondSlots[slot]++;
							}
						}
					}
				}, "accuracy-" + t);
				workers.add(worker);
				worker.start();
			}
			for (Thread worker : workers) {
				worker.join();
			}
			double elapsed = (System.nanoTime() - start) / 1e9;
			double measured = units.sum() / seconds;
			double min = Double.MAX_VALUE;
			double max = 0;
			for (int s = 1; s < seconds; s++) {
				min = Math.min(min, perSecond[s]);
				max = Math.max(max, perSecond[s]);
			}
			System.out.printf(
					"%s: configured %.1f units/s, measured %.2f units/s over %d s (%+.2f%%), %d calls, seconds 2..%d min %.1f max %.1f, run %.1f s%n",
					kind, rate, measured, seconds, (measured - rate) / rate * 100, calls.sum(), seconds, min, max,
					elapsed);
		}
		finally {
			limiter.close();
		}
	}

	private static software.amazon.awssdk.services.dynamodb.model.PutItemRequest put(int key) {
		// 2 + 6 ("pk" + key) + 4 + 1008 ("data" + value) = 1020 bytes: one write unit
		return software.amazon.awssdk.services.dynamodb.model.PutItemRequest.builder()
			.tableName(TABLE)
			.item(Map.of("pk", AttributeValue.fromS(String.format("%06d", key)), "data",
					AttributeValue.fromS("x".repeat(1008))))
			.build();
	}

	private static Map<String, AttributeValue> key(int key) {
		return Map.of("pk", AttributeValue.fromS(String.format("%06d", key)));
	}

}
