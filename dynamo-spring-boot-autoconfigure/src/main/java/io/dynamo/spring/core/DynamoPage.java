/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One page of a query or scan, with the opaque token of the next page.
 *
 * @param items the items of this page
 * @param nextToken the token to pass back for the next page, or {@code null} on the last
 * page
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public record DynamoPage<T>(List<T> items, @Nullable String nextToken) {

	/**
	 * Whether another page follows.
	 * @return {@code true} when {@link #nextToken()} is set
	 */
	public boolean hasNext() {
		return this.nextToken != null;
	}

}
