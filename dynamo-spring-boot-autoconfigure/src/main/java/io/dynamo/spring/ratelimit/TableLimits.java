/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import org.jspecify.annotations.Nullable;

/**
 * The read and write limits of one table.
 *
 * @param read the read limit, or {@code null} when reads are not limited
 * @param write the write limit, or {@code null} when writes are not limited
 * @author dynamo-spring-boot authors
 */
public record TableLimits(@Nullable CapacityLimit read, @Nullable CapacityLimit write) {

	/**
	 * No limit at all.
	 */
	public static final TableLimits NONE = new TableLimits(null, null);

}
