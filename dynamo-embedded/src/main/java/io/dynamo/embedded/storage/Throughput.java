/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.time.Instant;

/**
 * Provisioned throughput of a table or global index (zero units for on-demand).
 *
 * @param read read capacity units
 * @param write write capacity units
 * @param lastIncrease when the units were last raised, or null
 * @param lastDecrease when the units were last lowered, or null
 * @param decreasesToday the number of decreases today
 */
public record Throughput(long read, long write, Instant lastIncrease, Instant lastDecrease, int decreasesToday) {

	/** The throughput of an on-demand table. */
	public static final Throughput ON_DEMAND = new Throughput(0, 0, null, null, 0);

	/** New units, with the time of the change recorded as DynamoDB records it. */
	public Throughput change(long read, long write, Instant now) {
		boolean up = read > this.read || write > this.write;
		boolean down = read < this.read || write < this.write;
		return new Throughput(read, write, up ? now : this.lastIncrease, down ? now : this.lastDecrease,
				down ? this.decreasesToday + 1 : this.decreasesToday);
	}

}
