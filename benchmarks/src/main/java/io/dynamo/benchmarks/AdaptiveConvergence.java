/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dynamo.spring.ratelimit.AdaptiveTuning;
import io.dynamo.spring.ratelimit.CapacityLimit;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import io.dynamo.spring.ratelimit.RateLimiterListener;
import io.dynamo.spring.ratelimit.RateLimitingInterceptor;
import io.dynamo.spring.ratelimit.TableLimits;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Load run: eight threads put 1 KB items as fast as they may into a WireMock "table" that
 * throttles above a hidden capacity ({@link HiddenCapacity}), once with the SDK's
 * adaptive retry mode alone and once with standard retries behind the adaptive capacity
 * limiter (minimum 50, maximum 1,000 units/s; it starts at the minimum). Reports the
 * accepted units per second over the last half of the run (the settled rate) and the
 * throttled attempts, in the first 5 s and after.
 * <p>
 * Arguments: {@code [seconds=30] [hidden units/s=200] [threads=8]}; the adaptive
 * constants ({@link AdaptiveTuning#DEFAULTS} unless set) can be varied with
 * {@code -Ddecrease=0.8 -Dincrease=1.05 -Dcooldown=100 -Dquiet=1000 -Dinterval=500}
 * (milliseconds) and {@code -DslowStart=2}.
 *
 * @author dynamo-spring-boot authors
 */
public final class AdaptiveConvergence {

	private AdaptiveConvergence() {
	}

	/**
	 * Run both convergence loads.
	 * @param args {@code [seconds] [hidden units per second] [threads]}
	 * @throws Exception if the run fails
	 */
	public static void main(String[] args) throws Exception {
		int seconds = (args.length > 0) ? Integer.parseInt(args[0]) : 30;
		long hidden = (args.length > 1) ? Long.parseLong(args[1]) : 200;
		int threads = (args.length > 2) ? Integer.parseInt(args[2]) : 8;
		AdaptiveTuning defaults = AdaptiveTuning.DEFAULTS;
		AdaptiveTuning tuning = new AdaptiveTuning(
				Double.parseDouble(System.getProperty("decrease", String.valueOf(defaults.decrease()))),
				Double.parseDouble(System.getProperty("increase", String.valueOf(defaults.increase()))),
				Duration.ofMillis(Long.getLong("cooldown", defaults.decreaseCooldown().toMillis())),
				Duration.ofMillis(Long.getLong("quiet", defaults.quietPeriod().toMillis())),
				Duration.ofMillis(Long.getLong("interval", defaults.increaseInterval().toMillis())),
				Double.parseDouble(System.getProperty("slowStart", String.valueOf(defaults.slowStart()))));
		String only = System.getProperty("only", "both");
		HiddenCapacity capacity = new HiddenCapacity(hidden);
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1")
			.dynamicPort()
			.disableRequestJournal()
			.containerThreads(threads + 8)
			.extensions(capacity));
		server.start();
		try {
			server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(200)));
			URI endpoint = URI.create(server.baseUrl());
			System.out.printf("hidden capacity %d units/s, %d threads, %d s per run, tuning %s%n", hidden, threads,
					seconds, tuning);
			// warm up the JIT of both sides, so that neither run pays for it
			try (DynamoDbClient client = BenchmarkClients.client(endpoint, RetryMode.STANDARD)) {
				run("warm-up (not measured)", client, capacity, 3, threads, null);
			}
			if (!"limiter".equals(only)) {
				capacity.reset(hidden);
				try (DynamoDbClient client = BenchmarkClients.client(endpoint, RetryMode.ADAPTIVE_V2)) {
					run("SDK adaptive retry mode alone", client, capacity, seconds, threads, null);
				}
			}
			if (!"sdk".equals(only)) {
				capacity.reset(hidden);
				CapacityRateLimiter limiter = new CapacityRateLimiter(
						(table) -> new TableLimits(null, CapacityLimit.adaptive(50, 1000, Duration.ofSeconds(1))),
						Duration.ofMinutes(1), tuning, RateLimiterListener.NONE);
				ExecutionInterceptor interceptor = new RateLimitingInterceptor(limiter);
				try (DynamoDbClient client = BenchmarkClients.client(endpoint, RetryMode.STANDARD, interceptor)) {
					run("adaptive capacity limiter (standard retries)", client, capacity, seconds, threads, limiter);
				}
				finally {
					limiter.close();
				}
			}
		}
		finally {
			server.stop();
		}
		// WireMock leaves non-daemon threads behind
		System.exit(0);
	}

	private static void run(String name, DynamoDbClient client, HiddenCapacity capacity, int seconds, int threads,
			CapacityRateLimiter limiter) throws InterruptedException {
		AtomicLong failedCalls = new AtomicLong();
		long start = System.nanoTime();
		long end = start + Duration.ofSeconds(seconds).toNanos();
		List<Thread> workers = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread worker = new Thread(() -> {
				while (System.nanoTime() < end) {
					try {
						client.putItem((put) -> put.tableName("hidden")
							.item(Map.of("pk", AttributeValue.fromS("k"), "data",
									AttributeValue.fromS("x".repeat(1000)))));
					}
					catch (SdkException ex) {
						failedCalls.incrementAndGet();
					}
				}
			}, "convergence-" + t);
			workers.add(worker);
			worker.start();
		}
		long[] accepted = new long[seconds + 1];
		long[] throttled = new long[seconds + 1];
		StringBuilder rates = new StringBuilder();
		for (int s = 1; s <= seconds; s++) {
			Thread.sleep(Math.max(0, (start + s * 1_000_000_000L - System.nanoTime()) / 1_000_000));
			accepted[s] = capacity.accepted.get();
			throttled[s] = capacity.throttled.get();
			rates.append(accepted[s] - accepted[s - 1]).append('/').append(throttled[s] - throttled[s - 1]);
			if (limiter != null) {
				rates.append(String.format("(%.0f)", limiter.state().get("hidden").write().rate()));
			}
			rates.append(' ');
		}
		for (Thread worker : workers) {
			worker.join();
		}
		int half = seconds / 2;
		double settled = (double) (accepted[seconds] - accepted[half]) / (seconds - half);
		double settledThrottles = (double) (throttled[seconds] - throttled[half]) / (seconds - half);
		System.out.printf("%s:%n  accepted/throttled per second%s: %s%n", name,
				(limiter != null) ? " (limiter rate)" : "", rates);
		int early = Math.min(5, seconds);
		System.out.printf(
				"  settled (last %d s): %.1f accepted units/s, %.1f throttled attempts/s; whole run: %d accepted, %d throttled attempts (%.1f%% of attempts; %d in the first %d s, %d after), %d calls failed after retries%n",
				seconds - half, settled, settledThrottles, accepted[seconds], throttled[seconds],
				100.0 * throttled[seconds] / Math.max(1, accepted[seconds] + throttled[seconds]), throttled[early],
				early, throttled[seconds] - throttled[early], failedCalls.get());
	}

}
