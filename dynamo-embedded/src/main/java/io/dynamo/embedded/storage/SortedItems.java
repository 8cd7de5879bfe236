/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;

/**
 * Items sorted by {@link StoreKey}: partitions in dynalite's order, items of a partition
 * by sort key. Readers iterate without locks (the maps are immutable, the skip list is
 * concurrent); writers hold the item's lock. The count and size follow the map's own
 * answers, so a repeated put or remove never miscounts.
 */
public final class SortedItems {

	private final ConcurrentSkipListMap<StoreKey, Map<String, AttributeValue>> items = new ConcurrentSkipListMap<>();

	private final AtomicLong count = new AtomicLong();

	private final AtomicLong bytes = new AtomicLong();

	public Map<String, AttributeValue> get(StoreKey key) {
		return this.items.get(key);
	}

	/** Every item, in order; a weakly consistent view. */
	public NavigableMap<StoreKey, Map<String, AttributeValue>> all() {
		return this.items;
	}

	public long count() {
		return this.count.get();
	}

	public long bytes() {
		return this.bytes.get();
	}

	void put(StoreKey key, Map<String, AttributeValue> item) {
		Map<String, AttributeValue> previous = this.items.put(key, item);
		if (previous == null) {
			this.count.incrementAndGet();
			this.bytes.addAndGet(Sizes.itemSize(item));
		}
		else if (previous != item) {
			this.bytes.addAndGet(Sizes.itemSize(item) - Sizes.itemSize(previous));
		}
	}

	void remove(StoreKey key) {
		Map<String, AttributeValue> previous = this.items.remove(key);
		if (previous != null) {
			this.count.decrementAndGet();
			this.bytes.addAndGet(-Sizes.itemSize(previous));
		}
	}

	void clear() {
		this.items.clear();
		this.count.set(0);
		this.bytes.set(0);
	}

}
