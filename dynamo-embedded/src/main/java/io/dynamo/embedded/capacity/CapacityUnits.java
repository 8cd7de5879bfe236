/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;

/**
 * Units of DynamoDB's published rules: a read unit is one strongly consistent read of up
 * to 4 KB (an eventually consistent read costs half), a write unit one write of up to 1
 * KB; sizes round up, and every request costs at least one unit of its kind.
 */
public final class CapacityUnits {

	private static final int READ_UNIT = 4096;

	private static final int WRITE_UNIT = 1024;

	private CapacityUnits() {
	}

	/** Read units of reading this many bytes (one item, or a Query/Scan page summed). */
	public static double read(long bytes, boolean consistent) {
		long units = Math.max(1, (bytes + READ_UNIT - 1) / READ_UNIT);
		return consistent ? units : units / 2.0;
	}

	/** Read units of one item read, or of a read that found nothing. */
	public static double read(Map<String, AttributeValue> item, boolean consistent) {
		return read((item != null) ? Sizes.itemSize(item) : 0, consistent);
	}

	/** Write units of writing this many bytes. */
	public static double write(long bytes) {
		return Math.max(1, (bytes + WRITE_UNIT - 1) / WRITE_UNIT);
	}

	/**
	 * Write units of a single-item write: the larger of the item before and after (a
	 * delete of nothing, or a put of a small item, costs one).
	 */
	public static double write(Map<String, AttributeValue> oldItem, Map<String, AttributeValue> newItem) {
		long size = Math.max((oldItem != null) ? Sizes.itemSize(oldItem) : 0,
				(newItem != null) ? Sizes.itemSize(newItem) : 0);
		return write(size);
	}

}
