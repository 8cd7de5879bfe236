/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A request for one page of a query method that returns
 * {@link io.dynamo.spring.core.DynamoPage}: the page size and the opaque, authenticated
 * token of the previous page ({@code null} for the first). Tokens are bound to the query:
 * one of another query, or a tampered one, is refused before any call.
 *
 * <pre class="code">
 * DynamoPage&lt;Order&gt; findByCustomerId(String customerId, DynamoPageRequest page);
 * </pre>
 *
 * @param size the number of items per page
 * @param token the token of the previous page, or {@code null} for the first
 * @author dynamo-spring-boot authors
 */
public record DynamoPageRequest(int size, @Nullable String token) {

	/**
	 * Create a request.
	 * @param size the number of items per page
	 * @param token the token of the previous page, or {@code null} for the first
	 */
	public DynamoPageRequest {
		Assert.isTrue(size > 0, "The page size must be positive");
	}

	/**
	 * The first page.
	 * @param size the number of items per page
	 * @return the request
	 */
	public static DynamoPageRequest first(int size) {
		return new DynamoPageRequest(size, null);
	}

	/**
	 * The page after the one whose next-page token is given.
	 * @param size the number of items per page
	 * @param token the token, or {@code null} for the first page
	 * @return the request
	 */
	public static DynamoPageRequest of(int size, @Nullable String token) {
		return new DynamoPageRequest(size, token);
	}

}
