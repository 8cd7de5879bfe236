/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import org.jspecify.annotations.Nullable;

import io.dynamo.spring.expression.Projection;

/**
 * How to read an item: strongly consistent or not, all attributes or a projection.
 *
 * @param consistentRead whether to read with strong consistency
 * @param projection the attributes to read (key attributes are always read), or
 * {@code null} for all
 * @author dynamo-spring-boot authors
 */
public record ReadOptions(boolean consistentRead, @Nullable Projection projection) {

	/**
	 * Eventually consistent, all attributes: DynamoDB's default.
	 */
	public static final ReadOptions DEFAULT = new ReadOptions(false, null);

	/**
	 * A strongly consistent read of all attributes.
	 * @return the options
	 */
	public static ReadOptions consistent() {
		return new ReadOptions(true, null);
	}

	/**
	 * An eventually consistent read of the given attributes.
	 * @param projection the attributes
	 * @return the options
	 */
	public static ReadOptions projection(Projection projection) {
		return new ReadOptions(false, projection);
	}

	/**
	 * These options with the given projection.
	 * @param projection the attributes
	 * @return new options
	 */
	public ReadOptions withProjection(Projection projection) {
		return new ReadOptions(this.consistentRead, projection);
	}

}
