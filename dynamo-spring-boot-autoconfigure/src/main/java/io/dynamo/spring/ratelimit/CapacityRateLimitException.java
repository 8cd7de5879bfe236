/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * Thrown, without sending the request, when the client-side rate limit would make a call
 * wait longer than the configured maximum ({@code dynamo.rate-limit.max-wait}).
 *
 * @author dynamo-spring-boot authors
 */
public class CapacityRateLimitException extends SdkClientException {

	private final String table;

	/**
	 * Create an exception.
	 * @param table the table whose limit was reached
	 * @param capacity {@code read} or {@code write}
	 * @param rate the current rate of the table, in capacity units per second
	 * @param maxWaitMillis the longest a call may wait, in milliseconds
	 */
	public CapacityRateLimitException(String table, String capacity, double rate, long maxWaitMillis) {
		super(SdkClientException.builder()
			.message("The " + capacity + " rate limit of table '" + table + "' (" + rate
					+ " capacity units per second) would make this call wait longer than " + maxWaitMillis
					+ " ms (dynamo.rate-limit.max-wait); raise the table's limit or dynamo.rate-limit.max-wait, or send fewer requests"));
		this.table = table;
	}

	/**
	 * Return the table whose limit was reached.
	 * @return the table name
	 */
	public String getTable() {
		return this.table;
	}

}
