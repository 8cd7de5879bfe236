/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;

/**
 * Constants of the adaptive controller. An adaptive rate starts in slow start at the
 * limit's initial rate (its minimum) and is multiplied by {@code slowStart} once per
 * {@code increaseInterval} while nothing is throttled and the rate DynamoDB was measured
 * to accept keeps up with it, so it probes upward from what DynamoDB really accepted; the
 * first throttle ends slow start. On a throttled attempt the rate becomes
 * {@code decrease} times the lower of the limit and the rate DynamoDB was measured to
 * accept, and the tokens saved up at the old rate are dropped; at most once per
 * {@code decreaseCooldown} and only for attempts sent after the previous decrease (the
 * attempts already in flight when DynamoDB starts throttling all fail together). After
 * {@code quietPeriod} without throttling it grows by {@code increase} once per
 * {@code increaseInterval} as long as that stays at or below where the first decrease of
 * the last episode of throttling left it, and by a quarter of that step from there on:
 * the throttled rate was measured while the table's burst capacity still hid part of the
 * excess. {@link #DEFAULTS} were chosen by the adaptive-convergence benchmark (see
 * {@code docs/rate-limiting.md}).
 *
 * @param decrease factor applied on throttling, below 1
 * @param increase factor applied when quiet, above 1
 * @param decreaseCooldown shortest time between two decreases
 * @param quietPeriod time without throttling before the rate recovers
 * @param increaseInterval time between two increases
 * @param slowStart factor applied once per {@code increaseInterval} in slow start, above
 * 1
 * @author dynamo-spring-boot authors
 */
public record AdaptiveTuning(double decrease, double increase, Duration decreaseCooldown, Duration quietPeriod,
		Duration increaseInterval, double slowStart) {

	/**
	 * The constants with the default slow-start factor of {@link #DEFAULTS}.
	 * @param decrease factor applied on throttling, below 1
	 * @param increase factor applied when quiet, above 1
	 * @param decreaseCooldown shortest time between two decreases
	 * @param quietPeriod time without throttling before the rate recovers
	 * @param increaseInterval time between two increases
	 */
	public AdaptiveTuning(double decrease, double increase, Duration decreaseCooldown, Duration quietPeriod,
			Duration increaseInterval) {
		this(decrease, increase, decreaseCooldown, quietPeriod, increaseInterval, DEFAULT_SLOW_START);
	}

	private static final double DEFAULT_SLOW_START = 2;

	/**
	 * The tuning the starter uses: slow start doubling every 500 ms, a drop to 0.8 of the
	 * accepted rate on throttling at most every 100 ms (only attempts sent after the
	 * previous drop count, so the attempts in flight when throttling starts drop it
	 * once), and after 1 s without throttling a growth of 5 % every 500 ms back to where
	 * the first drop left the rate, then of 1.25 % above it.
	 */
	public static final AdaptiveTuning DEFAULTS = new AdaptiveTuning(0.8, 1.05, Duration.ofMillis(100),
			Duration.ofSeconds(1), Duration.ofMillis(500), DEFAULT_SLOW_START);

}
