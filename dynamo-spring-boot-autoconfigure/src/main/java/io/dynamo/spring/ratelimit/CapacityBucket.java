/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.TokensInheritanceStrategy;

/**
 * One token bucket of one table and capacity kind, plus the adaptive controller of its
 * rate. A token is a hundredth of a capacity unit, so half units (eventually consistent
 * reads) and settlements are exact. The bucket starts empty: a rate of 100 units per
 * second grants its first 100 units over the first second, not at once.
 * <p>
 * An adaptive rate starts in slow start at the limit's initial rate (its minimum, see
 * {@link CapacityLimit#adaptive}) and multiplies by {@link AdaptiveTuning#slowStart()}
 * once per increase interval while nothing is throttled and the rate DynamoDB was
 * measured to accept keeps up with it, so it probes upward from what was really accepted
 * instead of guessing. The first throttle ends slow start; from then on each throttled
 * attempt sent after the last decrease lowers the rate (see {@link AdaptiveTuning}).
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

	private volatile long windowStartNanos;

	private volatile double measuredRate = -1;

	private volatile double ceiling = Double.MAX_VALUE;

	private boolean decreasing;

	private volatile boolean slowStart;

	private boolean slowStartEpisode;

	private final LongSupplier clock;

	private final AtomicLong throttles = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	private final AtomicLong waitNanos = new AtomicLong();

	CapacityBucket(String table, CapacityKind kind, CapacityLimit limit, AdaptiveTuning tuning) {
		this(table, kind, limit, tuning, System::nanoTime);
	}

	/**
	 * A bucket on the given clock of nanoseconds, which both the controller and the token
	 * bucket read (tests pass a clock they move by hand).
	 */
	CapacityBucket(String table, CapacityKind kind, CapacityLimit limit, AdaptiveTuning tuning, LongSupplier clock) {
		this.clock = clock;
		this.table = table;
		this.kind = kind;
		this.limit = limit;
		this.tuning = tuning;
		this.rate = limit.initialRate();
		this.capacityTokens = capacityTokens(this.rate);
		this.bucket = Bucket.builder().withCustomTimePrecision(new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return clock.getAsLong();
			}

			@Override
			public boolean isWallClockBased() {
				return false;
			}

		}).addLimit(bandwidth(this.rate)).build();
		this.slowStart = limit.adaptive();
		long now = clock.getAsLong();
		this.windowStartNanos = now;
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
	 * Take tokens if the bucket holds them now, without waiting and without reading the
	 * clock for a wait; {@link #acquireWaiting} takes them otherwise.
	 * @param tokens the tokens wanted
	 * @return {@code true} if they were taken
	 */
	boolean tryAcquire(long tokens) {
		maybeRecover();
		long upFront = upFront(tokens);
		if (!this.bucket.tryConsume(upFront)) {
			return false;
		}
		debt(tokens - upFront);
		return true;
	}

	/**
	 * Take tokens after {@link #tryAcquire} found too few, waiting on this thread for at
	 * most {@code maxWaitNanos} (the adaptive rate already took its step for this call).
	 * Tokens above the bucket's size are taken as debt, so a large request waits for a
	 * full bucket and pays the rest later instead of waiting forever.
	 */
	boolean acquireWaiting(long tokens, long maxWaitNanos) throws InterruptedException {
		long upFront = upFront(tokens);
		long start = this.clock.getAsLong();
		boolean granted = (maxWaitNanos > 0) ? this.bucket.asBlocking().tryConsume(upFront, maxWaitNanos)
				: this.bucket.tryConsume(upFront);
		if (granted) {
			debt(tokens - upFront);
			this.waitNanos.addAndGet(this.clock.getAsLong() - start);
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
		long start = this.clock.getAsLong();
		CompletableFuture<Boolean> grant = (maxWaitNanos > 0)
				? this.bucket.asScheduler().tryConsume(upFront, maxWaitNanos, scheduler)
				: CompletableFuture.completedFuture(this.bucket.tryConsume(upFront));
		return grant.thenApply((granted) -> {
			if (granted) {
				debt(tokens - upFront);
				this.waitNanos.addAndGet(this.clock.getAsLong() - start);
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
		if (!this.limit.adaptive()) {
			// the accepted rate steers adaptive limits only
			return;
		}
		this.windowTokens.addAndGet(tokens);
		long now = this.clock.getAsLong();
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
	 * far above the table's capacity would otherwise take many steps to come down). The
	 * first throttle ends slow start.
	 */
	void throttled(long attemptSentNanos) {
		this.throttles.incrementAndGet();
		long now = this.clock.getAsLong();
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
				// the highest rate measured in this episode of throttling; slow start
				// overshoots while the table's burst capacity lasts, so its episode keeps
				// the lowest
				if (this.slowStart) {
					this.ceiling = base;
					this.slowStart = false;
					this.slowStartEpisode = true;
				}
				else if (!this.decreasing) {
					this.ceiling = base;
					this.slowStartEpisode = false;
				}
				else {
					this.ceiling = this.slowStartEpisode ? Math.min(this.ceiling, base) : Math.max(this.ceiling, base);
				}
				this.decreasing = true;
				change(Math.max(this.limit.minRate(), base * this.tuning.decrease()), now);
				// what was saved up at the old rate would be sent at once, above the new
				// one
				this.bucket.tryConsumeAsMuchAsPossible();
				this.lastDecreaseNanos = now;
			}
		}
	}

	private void maybeRecover() {
		if (!this.limit.adaptive() || this.rate >= this.limit.maxRate()) {
			return;
		}
		long now = this.clock.getAsLong();
		if (now - this.lastChangeNanos < this.tuning.increaseInterval().toNanos()) {
			return;
		}
		if (this.slowStart) {
			slowStart(now);
			return;
		}
		if (now - this.lastThrottleNanos < this.tuning.quietPeriod().toNanos()) {
			return;
		}
		synchronized (this) {
			if (now - this.lastChangeNanos >= this.tuning.increaseInterval().toNanos()) {
				// back quickly to where the first decrease of the last episode of
				// throttling
				// left the rate, then probe above it slowly: the throttled rate was
				// measured
				// while the table's burst capacity still hid part of the excess
				double fast = this.rate * this.tuning.increase();
				double next = (fast <= this.ceiling * this.tuning.decrease()) ? fast
						: this.rate * (1 + (this.tuning.increase() - 1) / 4);
				change(Math.min(this.limit.maxRate(), next), now);
				this.decreasing = false;
			}
		}
	}

	/**
	 * Grow by the slow-start factor, but only while DynamoDB was measured to accept at
	 * least the rate before the last growth: a rate that callers do not use would
	 * otherwise grow unchecked and let a later surge through at once.
	 */
	private synchronized void slowStart(long now) {
		if (!this.slowStart || now - this.lastChangeNanos < this.tuning.increaseInterval().toNanos()) {
			return;
		}
		if (this.measuredRate * this.tuning.slowStart() >= this.rate) {
			change(Math.min(this.limit.maxRate(), this.rate * this.tuning.slowStart()), now);
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
