/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;

import io.dynamo.spring.metrics.DynamoRequests;
import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.exception.AbortedException;

/**
 * Client-side rate limiter in DynamoDB capacity units. Each table gets a read and a write
 * token bucket (Bucket4j) from its {@link TableLimits}. A call takes its
 * {@link CapacityEstimator estimate} before it is sent and is settled with the consumed
 * capacity DynamoDB reports after it: units above the estimate become debt that later
 * calls wait for, units below it are given back. Adaptive limits drop their rate on every
 * throttling error (see {@link AdaptiveTuning}).
 * <p>
 * {@link #acquire} blocks the calling (synchronous) thread; {@link #acquireAsync} never
 * blocks and completes on a scheduler thread when the capacity is granted. The wait of a
 * call is the time its bucket needs to hold the estimate, or to be full when the estimate
 * is larger than the bucket (the rest is then taken as debt), counting the debt the
 * bucket already owes. Either method fails with a {@link CapacityRateLimitException} at
 * once, taking nothing, when that wait would exceed the maximum.
 *
 * @author dynamo-spring-boot authors
 */
public class CapacityRateLimiter implements AutoCloseable {

	private final Function<String, TableLimits> limits;

	private final long maxWaitNanos;

	private final AdaptiveTuning tuning;

	private final RateLimiterListener listener;

	private final Map<String, Buckets> tables = new ConcurrentHashMap<>();

	private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "dynamo-rate-limit");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Create a limiter.
	 * @param limits the limits of a table, by table name
	 * @param maxWait the longest a call may wait for capacity
	 * @param tuning the constants of adaptive limits
	 * @param listener told about waits and rejections
	 */
	public CapacityRateLimiter(Function<String, TableLimits> limits, Duration maxWait, AdaptiveTuning tuning,
			RateLimiterListener listener) {
		this.limits = limits;
		this.maxWaitNanos = maxWait.toNanos();
		this.tuning = tuning;
		this.listener = listener;
	}

	/**
	 * Take the estimated capacity of a request, waiting on this thread if needed.
	 * @param request the request about to be sent
	 * @return the permit to settle when the response arrives
	 * @throws CapacityRateLimitException if the wait would exceed the maximum
	 */
	public Permit acquire(SdkRequest request) {
		CapacityKind kind = DynamoRequests.kind(request);
		if (kind == null) {
			return Permit.NONE;
		}
		String single = DynamoRequests.singleTable(request);
		if (single != null) {
			return acquireSingle(request, single, kind);
		}
		// the clock is read only when a bucket makes the call wait: a call granted at
		// once (the common case) waited 0 ns
		boolean waited = false;
		long start = 0;
		List<Charge> charges = new ArrayList<>(1);
		for (Map.Entry<String, Double> estimate : CapacityEstimator.estimate(request).entrySet()) {
			CapacityBucket bucket = bucket(estimate.getKey(), kind);
			if (bucket == null) {
				continue;
			}
			long tokens = CapacityBucket.tokens(estimate.getValue());
			if (!bucket.tryAcquire(tokens)) {
				if (!waited) {
					waited = true;
					start = System.nanoTime();
				}
				acquireWaiting(bucket, tokens, start, charges);
			}
			charges.add(new Charge(bucket, tokens));
		}
		if (charges.isEmpty()) {
			return Permit.NONE;
		}
		this.listener.waited(DynamoRequests.tableTag(request), waited ? System.nanoTime() - start : 0);
		return new Permit(charges);
	}

	/**
	 * {@link #acquire} of a request on one table (the common case), without the map of
	 * estimates and the list of charges.
	 */
	private Permit acquireSingle(SdkRequest request, String table, CapacityKind kind) {
		CapacityBucket bucket = bucket(table, kind);
		if (bucket == null) {
			return Permit.NONE;
		}
		long tokens = CapacityBucket.tokens(CapacityEstimator.singleTableUnits(request));
		long waitedNanos = 0;
		if (!bucket.tryAcquire(tokens)) {
			long start = System.nanoTime();
			acquireWaiting(bucket, tokens, start, List.of());
			waitedNanos = System.nanoTime() - start;
		}
		this.listener.waited(table, waitedNanos);
		return new Permit(List.of(new Charge(bucket, tokens)));
	}

	private void acquireWaiting(CapacityBucket bucket, long tokens, long start, List<Charge> charges) {
		boolean granted;
		try {
			granted = bucket.acquireWaiting(tokens, Math.max(0, start + this.maxWaitNanos - System.nanoTime()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			refund(charges);
			throw AbortedException.builder().message("Interrupted while waiting for DynamoDB capacity").build();
		}
		if (!granted) {
			refund(charges);
			throw rejected(bucket);
		}
	}

	/**
	 * Take the estimated capacity of a request without blocking.
	 * @param request the request about to be sent
	 * @return a future completed with the permit when the capacity is granted, or
	 * completed exceptionally with a {@link CapacityRateLimitException}
	 */
	public CompletableFuture<Permit> acquireAsync(SdkRequest request) {
		CapacityKind kind = DynamoRequests.kind(request);
		if (kind == null) {
			return CompletableFuture.completedFuture(Permit.NONE);
		}
		long start = System.nanoTime();
		List<Charge> charges = new ArrayList<>(1);
		List<CompletableFuture<Boolean>> grants = new ArrayList<>(1);
		for (Map.Entry<String, Double> estimate : CapacityEstimator.estimate(request).entrySet()) {
			CapacityBucket bucket = bucket(estimate.getKey(), kind);
			if (bucket != null) {
				long tokens = CapacityBucket.tokens(estimate.getValue());
				charges.add(new Charge(bucket, tokens));
				grants.add(bucket.acquireAsync(tokens, this.maxWaitNanos, this.scheduler));
			}
		}
		if (charges.isEmpty()) {
			return CompletableFuture.completedFuture(Permit.NONE);
		}
		return CompletableFuture.allOf(grants.toArray(CompletableFuture[]::new)).thenApply((ignored) -> {
			List<Charge> granted = new ArrayList<>(charges.size());
			CapacityBucket refused = null;
			for (int i = 0; i < charges.size(); i++) {
				if (grants.get(i).join()) {
					granted.add(charges.get(i));
				}
				else {
					refused = charges.get(i).bucket();
				}
			}
			if (refused != null) {
				refund(granted);
				throw rejected(refused);
			}
			this.listener.waited(DynamoRequests.tableTag(request), System.nanoTime() - start);
			return new Permit(charges);
		});
	}

	/**
	 * Tell the limiter that DynamoDB throttled an attempt of a request. The rate of the
	 * table drops (adaptive limits), and the estimate of the request is charged again as
	 * debt: the SDK will retry the attempt outside the limiter, and that retry consumes
	 * capacity too.
	 * @param request the throttled request
	 * @param attemptSentNanos when the attempt was sent, by {@link System#nanoTime()}
	 */
	public void throttled(SdkRequest request, long attemptSentNanos) {
		CapacityKind kind = DynamoRequests.kind(request);
		if (kind == null) {
			return;
		}
		for (Map.Entry<String, Double> estimate : CapacityEstimator.estimate(request).entrySet()) {
			CapacityBucket bucket = bucket(estimate.getKey(), kind);
			if (bucket != null) {
				bucket.throttled(attemptSentNanos);
				bucket.debt(CapacityBucket.tokens(estimate.getValue()));
			}
		}
	}

	/**
	 * Return the state of every table the limiter has seen.
	 * @return the state of the read and write buckets, by table name
	 */
	public Map<String, TableState> state() {
		Map<String, TableState> state = new TreeMap<>();
		this.tables.forEach((table, buckets) -> state.put(table,
				new TableState((buckets.read != null) ? buckets.read.state() : null,
						(buckets.write != null) ? buckets.write.state() : null)));
		return state;
	}

	private CapacityRateLimitException rejected(CapacityBucket bucket) {
		this.listener.rejected(bucket.table(), bucket.kind());
		return new CapacityRateLimitException(bucket.table(), bucket.kind().tag(), bucket.rate(),
				Duration.ofNanos(this.maxWaitNanos).toMillis());
	}

	private static void refund(List<Charge> charges) {
		for (Charge charge : charges) {
			charge.bucket().refund(charge.tokens());
		}
	}

	private @Nullable CapacityBucket bucket(String table, CapacityKind kind) {
		Buckets buckets = this.tables.get(table);
		if (buckets == null) {
			buckets = this.tables.computeIfAbsent(table, this::createBuckets);
		}
		return (kind == CapacityKind.READ) ? buckets.read : buckets.write;
	}

	private Buckets createBuckets(String table) {
		TableLimits limits = this.limits.apply(table);
		CapacityBucket read = (limits.read() != null)
				? new CapacityBucket(table, CapacityKind.READ, limits.read(), this.tuning) : null;
		CapacityBucket write = (limits.write() != null)
				? new CapacityBucket(table, CapacityKind.WRITE, limits.write(), this.tuning) : null;
		if (read != null) {
			this.listener.bucketCreated(table, CapacityKind.READ, read::rate);
		}
		if (write != null) {
			this.listener.bucketCreated(table, CapacityKind.WRITE, write::rate);
		}
		return new Buckets(read, write);
	}

	@Override
	public void close() {
		this.scheduler.shutdownNow();
	}

	private record Buckets(@Nullable CapacityBucket read, @Nullable CapacityBucket write) {

	}

	private record Charge(CapacityBucket bucket, long tokens) {

	}

	/**
	 * Capacity taken for one request, to settle with the consumed capacity DynamoDB
	 * reports.
	 */
	public static final class Permit {

		/**
		 * A permit of a request the limiter does not cover.
		 */
		public static final Permit NONE = new Permit(List.of());

		private final List<Charge> charges;

		private Permit(List<Charge> charges) {
			this.charges = charges;
		}

		/**
		 * Settle the estimate with the consumed capacity of the response; a response that
		 * reports none keeps the estimate.
		 * @param response the response
		 */
		public void settle(SdkResponse response) {
			for (Charge charge : this.charges) {
				Double consumed = DynamoRequests.consumedUnits(response, charge.bucket().table());
				if (consumed != null) {
					charge.bucket().settle(charge.tokens(), consumed);
				}
				else {
					charge.bucket().consumed(charge.tokens());
				}
			}
		}

	}

	/**
	 * State of one table's buckets.
	 *
	 * @param read the read bucket, or {@code null} when reads are not limited
	 * @param write the write bucket, or {@code null} when writes are not limited
	 */
	public record TableState(@Nullable BucketState read, @Nullable BucketState write) {

	}

	/**
	 * State of one bucket.
	 *
	 * @param mode {@code fixed} or {@code adaptive}
	 * @param rate the current rate, in capacity units per second
	 * @param minRate the lowest rate
	 * @param maxRate the highest rate
	 * @param availableUnits units available now (negative while in debt)
	 * @param throttles throttled attempts seen
	 * @param rejected calls rejected because they would wait too long
	 * @param totalWait time calls have waited for this bucket, all together
	 */
	public record BucketState(String mode, double rate, double minRate, double maxRate, double availableUnits,
			long throttles, long rejected, Duration totalWait) {

	}

}
