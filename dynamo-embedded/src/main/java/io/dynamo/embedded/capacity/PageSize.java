/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;

/**
 * The size an item counts towards the 1 MB page of a Query or Scan, counted before the
 * filter as DynamoDB counts it. DynamoDB measures its internal storage form, not the item
 * size of the capacity rules; this follows dynalite's model of it (fitted against the
 * live service): one byte per attribute name, a length prefix per string, set and binary,
 * and a per-item overhead that grows with every 3 KB and includes the table's sort key.
 */
public final class PageSize {

	/** The page limit. */
	public static final long LIMIT = 1024 * 1024;

	private PageSize() {
	}

	/**
	 * The item's page size.
	 * @param item the item (or index entry) read
	 * @param tableRangeKey the table's sort key attribute, or null
	 */
	public static long of(Map<String, AttributeValue> item, String tableRangeKey) {
		long size = 0;
		long rangeKeySize = 0;
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			if (entry.getKey().equals(tableRangeKey)) {
				rangeKeySize = entry.getValue().size();
				continue;
			}
			size += stored(entry.getValue()) + 1;
		}
		return 2 + size + (1 + (1 + size) / 3072) * (18 + rangeKeySize);
	}

	private static long stored(AttributeValue value) {
		if (value instanceof AttributeValue.S s) {
			int length = Sizes.utf8Length(s.value());
			return length + ((length < 128) ? 1 : (length < 16384) ? 2 : 3);
		}
		if (value instanceof AttributeValue.B || value instanceof AttributeValue.N) {
			return value.size() + 1;
		}
		if (value instanceof AttributeValue.SS ss) {
			return value.size() + ss.values().size() + 1;
		}
		if (value instanceof AttributeValue.NS ns) {
			return value.size() + ns.values().size() + 1;
		}
		if (value instanceof AttributeValue.BS bs) {
			return value.size() + bs.values().size() + 1;
		}
		if (value instanceof AttributeValue.Null) {
			return 0;
		}
		if (value instanceof AttributeValue.Bool) {
			return 1;
		}
		if (value instanceof AttributeValue.L l) {
			long size = 3;
			for (AttributeValue element : l.values()) {
				size += 1 + stored(element);
			}
			return size;
		}
		AttributeValue.M m = (AttributeValue.M) value;
		long size = 3 + m.values().size();
		for (AttributeValue member : m.values().values()) {
			size += stored(member) + 1;
		}
		return size;
	}

}
