/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.dynamo.spring.metrics.DynamoRequests.CapacityKind;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Unit tests of the adaptive controller of {@link CapacityBucket} on a clock the tests
 * move by hand: slow start from the minimum, its end on the first throttle, the attempts
 * in flight, the saved-up tokens dropped on a decrease, and the recovery afterwards. They
 * assert rates and decisions; no test waits on the real clock.
 *
 * @author dynamo-spring-boot authors
 */
class CapacityBucketTests {

	private static final Duration BURST = Duration.ofSeconds(1);

	private static final long MS = 1_000_000L;

	private static final Offset<Double> EXACT = Offset.offset(1e-9);

	private static final AdaptiveTuning TUNING = new AdaptiveTuning(0.8, 1.1, Duration.ofMillis(100),
			Duration.ofSeconds(1), Duration.ofMillis(500), 2);

	private final AtomicLong clock = new AtomicLong(1_000_000_000_000L);

	private CapacityBucket bucket(CapacityLimit limit) {
		return new CapacityBucket("t", CapacityKind.WRITE, limit, TUNING, this.clock::get);
	}

	/**
	 * DynamoDB accepts {@code units} per second for half a second, measured by the
	 * bucket; the clock moves on by half a second.
	 */
	private void accept(CapacityBucket bucket, double unitsPerSecond) {
		bucket.consumed(CapacityBucket.tokens(unitsPerSecond / 2));
		this.clock.addAndGet(500 * MS);
		bucket.consumed(0);
	}

	/**
	 * A call asks for a token without waiting, which lets the controller decide.
	 */
	private static void call(CapacityBucket bucket) throws InterruptedException {
		if (!bucket.tryAcquire(1)) {
			bucket.acquireWaiting(1, 0);
		}
	}

	@Test
	void anAdaptiveLimitStartsAtItsMinimum() {
		CapacityBucket bucket = bucket(CapacityLimit.adaptive(50, 1000, BURST));
		assertThat(bucket.rate()).isEqualTo(50);
		assertThat(bucket.state().minRate()).isEqualTo(50);
		assertThat(bucket.state().maxRate()).isEqualTo(1000);
	}

	@Test
	void whenDynamoDbAcceptsTheRateThenSlowStartDoublesItEachIntervalUpToTheMaximum() throws InterruptedException {
		CapacityBucket bucket = bucket(CapacityLimit.adaptive(50, 1000, BURST));
		double[] expected = { 100, 200, 400, 800, 1000, 1000 };
		for (double rate : expected) {
			accept(bucket, bucket.rate());
			call(bucket);
			assertThat(bucket.rate()).isEqualTo(rate);
		}
	}

	@Test
	void whenCallersUseFarLessThanTheRateThenSlowStartDoesNotGrowIt() throws InterruptedException {
		CapacityBucket bucket = bucket(CapacityLimit.adaptive(50, 1000, BURST));
		accept(bucket, 50);
		call(bucket);
		assertThat(bucket.rate()).isEqualTo(100);
		// DynamoDB accepted 20 units/s: the measured rate (35) is below half of 100
		accept(bucket, 20);
		call(bucket);
		assertThat(bucket.rate()).isEqualTo(100);
	}

	@Test
	void whenNothingWasMeasuredYetThenSlowStartDoesNotGrow() throws InterruptedException {
		CapacityBucket bucket = bucket(CapacityLimit.adaptive(50, 1000, BURST));
		this.clock.addAndGet(5_000 * MS);
		call(bucket);
		assertThat(bucket.rate()).isEqualTo(50);
	}

	@Test
	void theFirstThrottleEndsSlowStartBelowTheRateDynamoDbWasMeasuredToAccept() throws InterruptedException {
		CapacityBucket bucket = bucket(CapacityLimit.adaptive(50, 1000, BURST));
		for (int i = 0; i < 4; i++) {
			accept(bucket, bucket.rate());
			call(bucket);
		}
		assertThat(bucket.rate()).isEqualTo(800);
		// measured so far: 50, 100, 200, 400 smoothed, then 250 at the throttle
		accept(bucket, 250);
		bucket.throttled(this.clock.get());
		double measured = ((((50 + 100) / 2.0 + 200) / 2 + 400) / 2 + 250) / 2;
		assertThat(bucket.rate()).isCloseTo(measured * 0.8, EXACT);
		// no longer slow start: quiet for the quiet period, then grow by 'increase' at
		// most
		double afterThrottle = bucket.rate();
		this.clock.addAndGet(500 * MS);
		accept(bucket, bucket.rate());
		call(bucket);
		assertThat(bucket.rate()).isCloseTo(afterThrottle * 1.025, EXACT);
	}

	@Test
	void attemptsSentBeforeTheLastDecreaseDoNotLowerTheRateAgain() {
		CapacityBucket bucket = bucket(new CapacityLimit(true, 500, 10, 1000, BURST));
		long inFlight = this.clock.get();
		this.clock.addAndGet(MS);
		bucket.throttled(inFlight);
		assertThat(bucket.rate()).isEqualTo(400);
		// the other attempts that were in flight fail too, even after the cooldown
		this.clock.addAndGet(200 * MS);
		for (int i = 0; i < 7; i++) {
			bucket.throttled(inFlight);
		}
		assertThat(bucket.rate()).isEqualTo(400);
		assertThat(bucket.state().throttles()).isEqualTo(8);
		// an attempt sent at the new rate and throttled lowers it again
		long sentAfter = this.clock.get();
		this.clock.addAndGet(MS);
		bucket.throttled(sentAfter);
		assertThat(bucket.rate()).isCloseTo(320, EXACT);
	}

	@Test
	void withinTheCooldownAThrottledAttemptSentAfterTheDecreaseDoesNotLowerTheRateYet() {
		CapacityBucket bucket = bucket(new CapacityLimit(true, 500, 10, 1000, BURST));
		bucket.throttled(this.clock.get());
		this.clock.addAndGet(50 * MS);
		long sentAfter = this.clock.get();
		bucket.throttled(sentAfter);
		assertThat(bucket.rate()).isEqualTo(400);
		this.clock.addAndGet(50 * MS);
		bucket.throttled(sentAfter);
		assertThat(bucket.rate()).isCloseTo(320, EXACT);
	}

	@Test
	void aDecreaseDropsTheTokensSavedUpAtTheOldRate() {
		CapacityBucket bucket = bucket(new CapacityLimit(true, 500, 10, 1000, BURST));
		// idle for two seconds: the bucket saves up one second of 500 units
		this.clock.addAndGet(2_000 * MS);
		assertThat(bucket.state().availableUnits()).isEqualTo(500);
		bucket.throttled(this.clock.get());
		assertThat(bucket.rate()).isEqualTo(400);
		assertThat(bucket.state().availableUnits()).isZero();
	}

	@Test
	void afterThrottlingTheRateRecoversQuicklyToWhereTheFirstDecreaseLeftItThenProbesSlowly()
			throws InterruptedException {
		CapacityBucket bucket = bucket(new CapacityLimit(true, 500, 10, 1000, BURST));
		// a throttle ends slow start at 400, a second one (at the new rate) drops to 320
		bucket.throttled(this.clock.get());
		this.clock.addAndGet(100 * MS);
		bucket.throttled(this.clock.get());
		assertThat(bucket.rate()).isCloseTo(320, EXACT);
		// the episode's ceiling is the lower throttled rate, 400; the first decrease of
		// the episode left 0.8 of it: 320 * 1.1 = 352 is above 320, so the steps are
		// small
		this.clock.addAndGet(1_000 * MS);
		call(bucket);
		assertThat(bucket.rate()).isCloseTo(320 * 1.025, EXACT);
		// quiet, without slow start: each interval one small step, no doubling
		this.clock.addAndGet(500 * MS);
		call(bucket);
		assertThat(bucket.rate()).isCloseTo(320 * 1.025 * 1.025, EXACT);
	}

	@Test
	void afterADeepDropTheRateRecoversByWholeStepsUpToWhereTheFirstDecreaseLeftIt() throws InterruptedException {
		CapacityBucket bucket = bucket(new CapacityLimit(true, 100, 10, 1000, BURST));
		accept(bucket, 100);
		call(bucket);
		accept(bucket, 200);
		call(bucket);
		assertThat(bucket.rate()).isEqualTo(400);
		// a throttle ends slow start at 0.8 of the measured 150, one small step follows
		bucket.throttled(this.clock.get());
		this.clock.addAndGet(2_000 * MS);
		call(bucket);
		double before = bucket.rate();
		this.clock.addAndGet(1_000 * MS);
		for (int i = 0; i < 6; i++) {
			this.clock.addAndGet(MS);
			long sent = this.clock.get();
			this.clock.addAndGet(100 * MS);
			bucket.throttled(sent);
		}
		// a later episode of six decreases, the first from 'before'
		double low = bucket.rate();
		assertThat(low).isCloseTo(before * Math.pow(0.8, 6), EXACT);
		this.clock.addAndGet(1_000 * MS);
		call(bucket);
		assertThat(bucket.rate()).isCloseTo(low * 1.1, EXACT);
	}

	@Test
	void aFixedLimitNeitherStartsSlowlyNorMoves() throws InterruptedException {
		CapacityBucket bucket = bucket(CapacityLimit.fixed(300, BURST));
		accept(bucket, 300);
		call(bucket);
		assertThat(bucket.rate()).isEqualTo(300);
		bucket.throttled(this.clock.get());
		assertThat(bucket.rate()).isEqualTo(300);
	}

}
