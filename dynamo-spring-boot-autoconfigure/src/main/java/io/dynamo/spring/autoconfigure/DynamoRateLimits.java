/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.function.Function;

import io.dynamo.spring.autoconfigure.DynamoProperties.RateLimit;
import io.dynamo.spring.autoconfigure.DynamoProperties.RateLimitMode;
import io.dynamo.spring.autoconfigure.DynamoProperties.TableRateLimit;
import io.dynamo.spring.ratelimit.CapacityLimit;
import io.dynamo.spring.ratelimit.TableLimits;
import org.jspecify.annotations.Nullable;

/**
 * Resolves the limits of a table from {@code dynamo.rate-limit.*}: the table's own values
 * first, then the global ones.
 *
 * @author dynamo-spring-boot authors
 */
final class DynamoRateLimits implements Function<String, TableLimits> {

	private static final double DEFAULT_MIN_FRACTION = 0.1;

	private final RateLimit properties;

	DynamoRateLimits(RateLimit properties) {
		this.properties = properties;
	}

	/**
	 * Whether any table can be limited at all.
	 */
	static boolean isActive(RateLimit properties) {
		return properties.mode() != RateLimitMode.NONE || properties.tables()
			.values()
			.stream()
			.anyMatch((table) -> table.mode() != null && table.mode() != RateLimitMode.NONE);
	}

	@Override
	public TableLimits apply(String table) {
		RateLimit global = this.properties;
		TableRateLimit own = global.tables().get(table);
		RateLimitMode mode = (own != null && own.mode() != null) ? own.mode() : global.mode();
		return switch (mode) {
			case NONE -> TableLimits.NONE;
			case FIXED ->
				new TableLimits(fixed(first((own != null) ? own.readCapacity() : null, global.readCapacity())),
						fixed(first((own != null) ? own.writeCapacity() : null, global.writeCapacity())));
			case ADAPTIVE -> new TableLimits(
					adaptive(first((own != null) ? own.minReadCapacity() : null, global.minReadCapacity()),
							first((own != null) ? own.maxReadCapacity() : null, global.maxReadCapacity())),
					adaptive(first((own != null) ? own.minWriteCapacity() : null, global.minWriteCapacity()),
							first((own != null) ? own.maxWriteCapacity() : null, global.maxWriteCapacity())));
		};
	}

	private @Nullable CapacityLimit fixed(@Nullable Double rate) {
		return (rate != null) ? CapacityLimit.fixed(rate, this.properties.burst()) : null;
	}

	private @Nullable CapacityLimit adaptive(@Nullable Double min, @Nullable Double max) {
		if (max == null) {
			return null;
		}
		double lowest = (min != null) ? Math.min(min, max) : max * DEFAULT_MIN_FRACTION;
		return CapacityLimit.adaptive(lowest, max, this.properties.burst());
	}

	private static @Nullable Double first(@Nullable Double own, @Nullable Double global) {
		return (own != null) ? own : global;
	}

}
