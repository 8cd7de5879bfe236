/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.time.Duration;

import org.springframework.util.Assert;

/**
 * How batch operations run: how many requests at once, and how long unprocessed items are
 * retried (with exponential backoff and full jitter) before the call fails naming them.
 *
 * @param maxParallelism the number of batch requests in flight at once
 * @param timeBound how long to keep retrying unprocessed items
 * @param initialBackoff the first backoff, doubled per retry of the same request
 * @param maxBackoff the longest backoff
 * @author dynamo-spring-boot authors
 */
public record BatchOptions(int maxParallelism, Duration timeBound, Duration initialBackoff, Duration maxBackoff) {

	/**
	 * Four requests at once, retried for up to a minute, backoff from 50 ms to 5 s.
	 */
	public static final BatchOptions DEFAULT = new BatchOptions(4, Duration.ofMinutes(1), Duration.ofMillis(50),
			Duration.ofSeconds(5));

	/**
	 * Validate the options.
	 */
	public BatchOptions {
		Assert.isTrue(maxParallelism > 0, "maxParallelism must be positive");
		Assert.isTrue(!timeBound.isNegative(), "timeBound must not be negative");
		Assert.isTrue(!initialBackoff.isNegative() && !maxBackoff.isNegative(), "backoffs must not be negative");
	}

	/**
	 * These options with another parallelism.
	 * @param maxParallelism requests at once
	 * @return new options
	 */
	public BatchOptions withMaxParallelism(int maxParallelism) {
		return new BatchOptions(maxParallelism, this.timeBound, this.initialBackoff, this.maxBackoff);
	}

	/**
	 * These options with another time bound.
	 * @param timeBound how long to retry
	 * @return new options
	 */
	public BatchOptions withTimeBound(Duration timeBound) {
		return new BatchOptions(this.maxParallelism, timeBound, this.initialBackoff, this.maxBackoff);
	}

	/**
	 * These options with other backoffs.
	 * @param initial the first backoff
	 * @param max the longest backoff
	 * @return new options
	 */
	public BatchOptions withBackoff(Duration initial, Duration max) {
		return new BatchOptions(this.maxParallelism, this.timeBound, initial, max);
	}

}
