/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;

/**
 * Constants of the adaptive controller. On a throttled attempt the rate becomes
 * {@code decrease} times the lower of the limit and the rate DynamoDB was measured to
 * accept, at most once per {@code decreaseCooldown} and only for attempts sent after the
 * previous decrease (the attempts already in flight when DynamoDB starts throttling all
 * fail together). After {@code quietPeriod} without throttling it grows by
 * {@code increase} once per {@code increaseInterval} up to the rate throttled last, and
 * by a quarter of that step above it. {@link #DEFAULTS} were chosen by the
 * adaptive-convergence benchmark (see {@code docs/rate-limiting.md}).
 *
 * @param decrease factor applied on throttling, below 1
 * @param increase factor applied when quiet, above 1
 * @param decreaseCooldown shortest time between two decreases
 * @param quietPeriod time without throttling before the rate recovers
 * @param increaseInterval time between two increases
 * @author dynamo-spring-boot authors
 */
public record AdaptiveTuning(double decrease, double increase, Duration decreaseCooldown, Duration quietPeriod,
		Duration increaseInterval) {

	/**
	 * The tuning the starter uses.
	 */
	public static final AdaptiveTuning DEFAULTS = new AdaptiveTuning(0.8, 1.1, Duration.ofSeconds(1),
			Duration.ofSeconds(1), Duration.ofMillis(500));

}
