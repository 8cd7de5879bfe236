/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.time.Duration;

/**
 * The limit of one kind of capacity (read or write) of one table.
 *
 * @param adaptive whether the rate adapts to throttling between {@code minRate} and
 * {@code maxRate}; a fixed limit keeps {@code initialRate}
 * @param initialRate the rate to start with, in capacity units per second (at most
 * {@link #MAX_RATE}); an adaptive limit probes upward from it
 * @param minRate the lowest rate an adaptive limit drops to
 * @param maxRate the highest rate an adaptive limit recovers to
 * @param burst how much of its rate a bucket may save up while idle
 * @author dynamo-spring-boot authors
 */
public record CapacityLimit(boolean adaptive, double initialRate, double minRate, double maxRate, Duration burst) {

	/**
	 * The highest rate a limit may have, in capacity units per second.
	 */
	public static final double MAX_RATE = 1_000_000;

	/**
	 * Validate the rates.
	 */
	public CapacityLimit {
		if (!(minRate > 0) || minRate > initialRate || initialRate > maxRate) {
			throw new IllegalArgumentException("Rates must satisfy 0 < min <= initial <= max, got " + minRate + ", "
					+ initialRate + ", " + maxRate);
		}
	}

	/**
	 * A constant rate.
	 * @param rate capacity units per second
	 * @param burst how much of its rate a bucket may save up while idle
	 * @return the limit
	 */
	public static CapacityLimit fixed(double rate, Duration burst) {
		return new CapacityLimit(false, rate, rate, rate, burst);
	}

	/**
	 * A rate that starts at {@code min} and probes upward from the rate DynamoDB accepts
	 * (slow start, see {@link AdaptiveTuning}), drops on throttling (not below
	 * {@code min}) and recovers when quiet (not above {@code max}).
	 * @param min the lowest rate
	 * @param max the highest rate
	 * @param burst how much of its rate a bucket may save up while idle
	 * @return the limit
	 */
	public static CapacityLimit adaptive(double min, double max, Duration burst) {
		return new CapacityLimit(true, min, min, max, burst);
	}

}
