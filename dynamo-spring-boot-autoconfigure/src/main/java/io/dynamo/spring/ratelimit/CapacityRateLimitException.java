/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import org.springframework.dao.TransientDataAccessException;

/**
 * Thrown, without sending the request, when the client-side rate limit would make a call
 * wait longer than the configured maximum ({@code dynamo.rate-limit.max-wait}). The wait
 * is the time the table's bucket needs to hold the call's estimate, or the whole bucket
 * when the estimate is larger than the bucket, counting any debt the bucket still owes.
 * <p>
 * A {@link TransientDataAccessException}: the same call may succeed later, when the
 * bucket has refilled. It reaches callers as it is, unwrapped, whether they use
 * {@code DynamoTemplate}, a repository or the auto-configured SDK clients (async clients
 * complete their future with it).
 *
 * @author dynamo-spring-boot authors
 */
public class CapacityRateLimitException extends TransientDataAccessException {

	private final String table;

	private final String capacity;

	/**
	 * Create an exception.
	 * @param table the table whose limit was reached
	 * @param capacity {@code read} or {@code write}
	 * @param rate the current rate of the table, in capacity units per second
	 * @param maxWaitMillis the longest a call may wait, in milliseconds
	 */
	public CapacityRateLimitException(String table, String capacity, double rate, long maxWaitMillis) {
		super("The " + capacity + " rate limit of table '" + table + "' (" + rate
				+ " capacity units per second) would make this call wait longer than " + maxWaitMillis
				+ " ms (dynamo.rate-limit.max-wait); raise the table's limit or dynamo.rate-limit.max-wait, or send fewer requests");
		this.table = table;
		this.capacity = capacity;
	}

	/**
	 * Return the table whose limit was reached.
	 * @return the table name
	 */
	public String getTable() {
		return this.table;
	}

	/**
	 * Return the kind of capacity whose limit was reached.
	 * @return {@code read} or {@code write}
	 */
	public String getCapacity() {
		return this.capacity;
	}

}
