/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

import org.springframework.dao.TransientDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Unit tests of {@link CapacityRateLimiter}: debt and refunds, bounded waits, the
 * adaptive controller. No timing thresholds: the buckets are large or the waits are
 * refused outright.
 *
 * @author dynamo-spring-boot authors
 */
class CapacityRateLimiterTests {

	private static final Duration BURST = Duration.ofSeconds(1);

	private static final AdaptiveTuning NO_DELAYS = new AdaptiveTuning(0.8, 1.1, Duration.ZERO, Duration.ZERO,
			Duration.ZERO);

	private CapacityRateLimiter limiter;

	@AfterEach
	void close() {
		if (this.limiter != null) {
			this.limiter.close();
		}
	}

	@Test
	void whenDynamoDbReportsMoreThanTheEstimateThenTheDifferenceBecomesDebt() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1, BURST)), Duration.ofSeconds(5));
		CapacityRateLimiter.Permit permit = this.limiter.acquire(update());
		permit.settle(UpdateItemResponse.builder().consumedCapacity(units("t", 40)).build());
		assertThat(this.limiter.state().get("t").write().availableUnits()).isLessThan(-30);
	}

	@Test
	void whenDynamoDbReportsLessThanTheEstimateThenTheDifferenceIsGivenBack() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1000, BURST)), Duration.ofSeconds(5));
		CapacityRateLimiter.Permit permit = this.limiter
			.acquire(PutItemRequest.builder().tableName("t").item(CapacityEstimatorTests.item(100_000)).build());
		double before = this.limiter.state().get("t").write().availableUnits();
		permit.settle(PutItemResponse.builder().consumedCapacity(units("t", 1)).build());
		assertThat(this.limiter.state().get("t").write().availableUnits()).isGreaterThanOrEqualTo(before + 97);
	}

	@Test
	void whenACallWouldWaitLongerThanTheMaximumThenItFailsAtOnceNamingTheTable() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1, BURST)), Duration.ZERO);
		assertThatExceptionOfType(CapacityRateLimitException.class).isThrownBy(() -> this.limiter.acquire(update()))
			.withMessageContaining("write rate limit of table 't'")
			.withMessageContaining("dynamo.rate-limit.max-wait");
		assertThat(this.limiter.state().get("t").write().rejected()).isEqualTo(1);
	}

	@Test
	void whenACallIsLargerThanTheBucketThenItIsSentOnceTheBucketIsFullAndTheRestIsOwed() {
		// 10 units per second, at most one second saved up: the bucket holds 10 units
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(10, BURST)), Duration.ofSeconds(5));
		PutItemRequest put = PutItemRequest.builder().tableName("t").item(CapacityEstimatorTests.item(98_000)).build();
		double estimate = CapacityEstimator.estimate(put).get("t");
		assertThat(estimate).isGreaterThan(10);
		this.limiter.acquire(put);
		// the full bucket paid 10 units, the rest is debt: never the whole estimate
		assertThat(this.limiter.state().get("t").write().availableUnits()).isGreaterThanOrEqualTo(10 - estimate)
			.isNegative();
		assertThat(this.limiter.state().get("t").write().rejected()).isZero();
	}

	@Test
	void whenTheBucketOwesDebtThenTheWaitCountsItAndACallThatWouldWaitLongerFailsAtOnce() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(10, BURST)), Duration.ofSeconds(5));
		this.limiter.acquire(PutItemRequest.builder().tableName("t").item(CapacityEstimatorTests.item(98_000)).build());
		double owed = this.limiter.state().get("t").write().availableUnits();
		// a one-unit call now waits (1 - owed) / 10 s, about 9 s: longer than the 5 s
		// allowed
		assertThat((1 - owed) / 10).isGreaterThan(5);
		assertThatExceptionOfType(CapacityRateLimitException.class).isThrownBy(() -> this.limiter.acquire(update()));
		assertThat(this.limiter.state().get("t").write().rejected()).isEqualTo(1);
		assertThat(this.limiter.state().get("t").write().availableUnits()).isGreaterThanOrEqualTo(owed);
	}

	@Test
	void whenFillingTheBucketWouldTakeLongerThanTheMaximumThenALargerCallFailsAtOnce() {
		// the bucket holds one unit and fills in a second: more than the 500 ms allowed
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1, BURST)), Duration.ofMillis(500));
		PutItemRequest put = PutItemRequest.builder().tableName("t").item(CapacityEstimatorTests.item(98_000)).build();
		assertThatExceptionOfType(CapacityRateLimitException.class).isThrownBy(() -> this.limiter.acquire(put))
			.satisfies((ex) -> assertThat(ex.getTable()).isEqualTo("t"))
			.satisfies((ex) -> assertThat(ex.getCapacity()).isEqualTo("write"));
		assertThat(this.limiter.state().get("t").write().rejected()).isEqualTo(1);
		// nothing was taken: the bucket is not in debt
		assertThat(this.limiter.state().get("t").write().availableUnits()).isNotNegative();
	}

	@Test
	void aRateLimitRejectionIsATransientDataAccessException() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1, BURST)), Duration.ZERO);
		assertThatExceptionOfType(TransientDataAccessException.class).isThrownBy(() -> this.limiter.acquire(update()))
			.isInstanceOf(CapacityRateLimitException.class);
	}

	@Test
	void whenAnAsyncCallWouldWaitTooLongThenItsFutureFailsWithoutBlocking() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1, BURST)), Duration.ZERO);
		CompletableFuture<CapacityRateLimiter.Permit> permit = this.limiter.acquireAsync(update());
		assertThat(permit).failsWithin(Duration.ofSeconds(5))
			.withThrowableThat()
			.havingCause()
			.isInstanceOf(CapacityRateLimitException.class);
	}

	@Test
	void whenATableHasNoLimitForAKindThenThoseCallsPassFreely() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(1, BURST)), Duration.ZERO);
		assertThat(this.limiter.acquire(GetItemRequest.builder().tableName("t").build()))
			.isSameAs(CapacityRateLimiter.Permit.NONE);
	}

	@Test
	void whenAnAdaptiveLimitStartsThenItRunsAtItsMinimumAndAThrottleCannotLowerIt() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.adaptive(10, 1000, BURST)), Duration.ofSeconds(5));
		this.limiter.throttled(PutItemRequest.builder().tableName("t").build(), System.nanoTime());
		assertThat(this.limiter.state().get("t").write().maxRate()).isEqualTo(1000);
		assertThat(this.limiter.state().get("t").write().rate()).isEqualTo(10);
		assertThat(this.limiter.state().get("t").write().throttles()).isEqualTo(1);
	}

	@Test
	void whenThrottledRepeatedlyThenTheRateDropsButNotBelowTheMinimum() {
		this.limiter = limiter(new TableLimits(null, new CapacityLimit(true, 500, 100, 1000, BURST)),
				Duration.ofSeconds(5));
		this.limiter.throttled(PutItemRequest.builder().tableName("t").build(), System.nanoTime());
		assertThat(this.limiter.state().get("t").write().rate()).isEqualTo(400);
		for (int i = 1; i < 20; i++) {
			this.limiter.throttled(PutItemRequest.builder().tableName("t").build(), System.nanoTime());
		}
		assertThat(this.limiter.state().get("t").write().rate()).isEqualTo(100);
		assertThat(this.limiter.state().get("t").write().throttles()).isEqualTo(20);
	}

	@Test
	void whenQuietAfterThrottlingThenTheRateRecoversButNotAboveTheMaximum() {
		this.limiter = limiter(new TableLimits(new CapacityLimit(true, 500, 100, 1000, BURST), null),
				Duration.ofSeconds(5));
		for (int i = 0; i < 5; i++) {
			this.limiter.throttled(GetItemRequest.builder().tableName("t").build(), System.nanoTime());
		}
		double low = this.limiter.state().get("t").read().rate();
		assertThat(low).isCloseTo(500 * Math.pow(0.8, 5), org.assertj.core.data.Offset.offset(1e-9));
		this.limiter.acquire(GetItemRequest.builder().tableName("t").build());
		// above where the first decrease left the rate, 0.8 of the lowest throttled rate:
		// a quarter step
		assertThat(this.limiter.state().get("t").read().rate()).isCloseTo(low * 1.025,
				org.assertj.core.data.Offset.offset(1e-9));
		for (int i = 0; i < 200; i++) {
			this.limiter.acquireAsync(GetItemRequest.builder().tableName("t").build());
		}
		assertThat(this.limiter.state().get("t").read().rate()).isEqualTo(1000);
	}

	@Test
	void whenAFixedLimitIsThrottledThenItsRateStays() {
		this.limiter = limiter(new TableLimits(null, CapacityLimit.fixed(100, BURST)), Duration.ofSeconds(5));
		this.limiter.throttled(PutItemRequest.builder().tableName("t").build(), System.nanoTime());
		assertThat(this.limiter.state().get("t").write().rate()).isEqualTo(100);
		assertThat(this.limiter.state().get("t").write().throttles()).isEqualTo(1);
	}

	private CapacityRateLimiter limiter(TableLimits limits, Duration maxWait) {
		return new CapacityRateLimiter((table) -> limits, maxWait, NO_DELAYS, RateLimiterListener.NONE);
	}

	private static UpdateItemRequest update() {
		return UpdateItemRequest.builder().tableName("t").build();
	}

	private static ConsumedCapacity units(String table, double units) {
		return ConsumedCapacity.builder().tableName(table).capacityUnits(units).build();
	}

}
