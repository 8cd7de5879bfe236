/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TokensInheritanceStrategy;

/**
 * One token bucket of one table and capacity kind, plus the adaptive controller of its
 * rate. A token is a hundredth of a capacity unit, so half units (eventually consistent
 * reads) and settlements are exact. The bucket starts empty: a rate of 100 units per
 * second grants its first 100 units over the first second, not at once.
 *
 * @author dynamo-spring-boot authors
 */
final class CapacityBucket {

	static final long TOKENS_PER_UNIT = 100;

	private static final long MEASURE_WINDOW_NANOS = 500_000_000L;

	private final String table;

	private final CapacityKind kind;

	private final CapacityLimit limit;

	private final AdaptiveTuning tuning;

	private final Bucket bucket;

	private volatile double rate;

	private volatile long capacityTokens;

	private volatile long lastThrottleNanos;

	private volatile long lastChangeNanos;

	private volatile long lastDecreaseNanos;

	private final AtomicLong windowTokens = new AtomicLong();

	private volatile long windowStartNanos = System.nanoTime();

	private volatile double measuredRate = -1;

	private volatile double ceiling = Double.MAX_VALUE;

	private boolean decreasing;

	private final AtomicLong throttles = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong waitNanos = new AtomicLong();

	CapacityBucket(String table, CapacityKind kind, CapacityLimit limit, AdaptiveTuning tuning) {
		this.table = table;
		this.kind = kind;
		this.limit = limit;
		this.tuning = tuning;
		this.rate = limit.initialRate();
		this.capacityTokens = capacityTokens(this.rate);
		this.bucket = Bucket.builder().addLimit(bandwidth(this.rate)).build();
		long now = System.nanoTime();
		this.lastThrottleNanos = now;
		this.lastChangeNanos = now;
		// the first throttle may lower the rate at once
		this.lastDecreaseNanos = now - (1L << 62);
	}

	private long capacityTokens(double rate) {
		double seconds = this.limit.burst().toNanos() / 1e9;
		return Math.max(1, Math.round(rate * TOKENS_PER_UNIT * seconds));
	}

	private Bandwidth bandwidth(double rate) {
		long perSecond = Math.max(1, Math.round(rate * TOKENS_PER_UNIT));
		return Bandwidth.builder()
			.capacity(capacityTokens(rate))
			.refillGreedy(perSecond, Duration.ofSeconds(1))
			.initialTokens(0)
			.build();
	}

	static long tokens(double units) {
		return Math.max(1, Math.round(units * TOKENS_PER_UNIT));
	}

	/**
	 * Take tokens, waiting on this thread for at most {@code maxWaitNanos}. Tokens above
	 * the bucket's size are taken as debt, so a large request waits for a full bucket and
	 * pays the rest later instead of waiting forever.
	 */
	boolean acquire(long tokens, long maxWaitNanos) throws InterruptedException {
		maybeRecover();
		long upFront = upFront(tokens);
		long start = System.nanoTime();
		boolean granted = (maxWaitNanos > 0) ? this.bucket.asBlocking().tryConsume(upFront, maxWaitNanos)
				: this.bucket.tryConsume(upFront);
		if (granted) {
			debt(tokens - upFront);
			this.waitNanos.addAndGet(System.nanoTime() - start);
		}
		else {
			this.rejected.incrementAndGet();
		}
		return granted;
	}

	/**
	 * Take tokens without blocking: the future completes when they are granted, on the
	 * scheduler's thread if a wait is needed.
	 */
	CompletableFuture<Boolean> acquireAsync(long tokens, long maxWaitNanos, ScheduledExecutorService scheduler) {
		maybeRecover();
		long upFront = upFront(tokens);
		long start = System.nanoTime();
		CompletableFuture<Boolean> grant = (maxWaitNanos > 0)
				? this.bucket.asScheduler().tryConsume(upFront, maxWaitNanos, scheduler)
				: CompletableFuture.completedFuture(this.bucket.tryConsume(upFront));
		return grant.thenApply((granted) -> {
			if (granted) {
				debt(tokens - upFront);
				this.waitNanos.addAndGet(System.nanoTime() - start);
			}
			else {
				this.rejected.incrementAndGet();
			}
			return granted;
		});
	}

	private long upFront(long wanted) {
		return Math.min(wanted, this.capacityTokens);
	}

	void debt(long tokens) {
		if (tokens > 0) {
			this.bucket.consumeIgnoringRateLimits(tokens);
		}
	}

	/**
	 * Settle a charge with the units DynamoDB reported: take the excess as debt, give
	 * back what was over-estimated.
	 */
	void settle(long chargedTokens, double consumedUnits) {
		long consumed = Math.round(consumedUnits * TOKENS_PER_UNIT);
		consumed(consumed);
		long difference = consumed - chargedTokens;
		if (difference > 0) {
			debt(difference);
		}
		else if (difference < 0) {
			refund(-difference);
		}
	}

	/**
	 * Measure the rate DynamoDB really accepts, from the settled consumption, smoothed
	 * over windows of half a second.
	 */
	void consumed(long tokens) {
		this.windowTokens.addAndGet(tokens);
		long now = System.nanoTime();
		if (now - this.windowStartNanos < MEASURE_WINDOW_NANOS) {
			return;
		}
		synchronized (this) {
			long elapsed = now - this.windowStartNanos;
			if (elapsed >= MEASURE_WINDOW_NANOS) {
				double rate = this.windowTokens.getAndSet(0) / (double) TOKENS_PER_UNIT / (elapsed / 1e9);
				this.measuredRate = (this.measuredRate < 0) ? rate : (rate + this.measuredRate) / 2;
				this.windowStartNanos = now;
			}
		}
	}

	void refund(long tokens) {
		this.bucket.addTokens(tokens);
	}

	/**
	 * A real throttling error came back: drop the rate, at most once per cooldown, from
	 * the rate DynamoDB was really accepting when that is lower than the limit (a limit
	 * far above the table's capacity would otherwise take many steps to come down).
	 */
	void throttled(long attemptSentNanos) {
		this.throttles.incrementAndGet();
		long now = System.nanoTime();
		this.lastThrottleNanos = now;
		if (!this.limit.adaptive()) {
			return;
		}
		synchronized (this) {
			// an attempt sent before the last decrease tells nothing about the new rate
			if (attemptSentNanos - this.lastDecreaseNanos > 0
					&& now - this.lastDecreaseNanos >= this.tuning.decreaseCooldown().toNanos()
					&& this.rate > this.limit.minRate()) {
				double base = (this.measuredRate > 0) ? Math.min(this.rate, this.measuredRate) : this.rate;
				// the highest rate measured in this episode of throttling
				this.ceiling = this.decreasing ? Math.max(this.ceiling, base) : base;
				this.decreasing = true;
				change(Math.max(this.limit.minRate(), base * this.tuning.decrease()), now);
				this.lastDecreaseNanos = now;
			}
		}
	}

	private void maybeRecover() {
		if (!this.limit.adaptive() || this.rate >= this.limit.maxRate()) {
			return;
		}
		long now = System.nanoTime();
		if (now - this.lastThrottleNanos < this.tuning.quietPeriod().toNanos()
				|| now - this.lastChangeNanos < this.tuning.increaseInterval().toNanos()) {
			return;
		}
		synchronized (this) {
			if (now - this.lastChangeNanos >= this.tuning.increaseInterval().toNanos()) {
				// back to the rate that was throttled last quickly, then probe above it
				// slowly: a table's burst capacity hides an excess for a while
				double next = (this.rate < this.ceiling) ? Math.min(this.ceiling, this.rate * this.tuning.increase())
						: this.rate * (1 + (this.tuning.increase() - 1) / 4);
				change(Math.min(this.limit.maxRate(), next), now);
				this.decreasing = false;
			}
		}
	}

	private void change(double newRate, long now) {
		this.rate = newRate;
		this.capacityTokens = capacityTokens(newRate);
		this.lastChangeNanos = now;
		this.bucket.replaceConfiguration(BucketConfiguration.builder().addLimit(bandwidth(newRate)).build(),
				TokensInheritanceStrategy.AS_IS);
	}

	String table() {
		return this.table;
	}

	CapacityKind kind() {
		return this.kind;
	}

	double rate() {
		return this.rate;
	}

	CapacityRateLimiter.BucketState state() {
		return new CapacityRateLimiter.BucketState(this.limit.adaptive() ? "adaptive" : "fixed", this.rate,
				this.limit.minRate(), this.limit.maxRate(), (double) this.bucket.getAvailableTokens() / TOKENS_PER_UNIT,
				this.throttles.get(), this.rejected.get(), Duration.ofNanos(this.waitNanos.get()));
	}

}
