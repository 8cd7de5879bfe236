/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

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

	private final LongAdder examined = new LongAdder();

	public Map<String, AttributeValue> get(StoreKey key) {
		return this.items.get(key);
	}

	/** Every item, in order; a weakly consistent view. */
	public NavigableMap<StoreKey, Map<String, AttributeValue>> all() {
		return this.items;
	}

	/**
	 * Reads the entries between two bounds in key order (or reverse), without locks; each
	 * entry read is counted in {@link #examined()}.
	 * @param from the lower bound, or null for the first entry
	 * @param fromInclusive whether an entry at {@code from} is included
	 * @param to the upper bound, or null for the last entry
	 * @param toInclusive whether an entry at {@code to} is included
	 * @param descending whether to read from the upper bound down
	 */
	public Iterator<Map.Entry<StoreKey, Map<String, AttributeValue>>> read(StoreKey from, boolean fromInclusive,
			StoreKey to, boolean toInclusive, boolean descending) {
		NavigableMap<StoreKey, Map<String, AttributeValue>> range = this.items;
		if (from != null && to != null) {
			if (from.compareTo(to) > 0) {
				return Collections.emptyIterator();
			}
			range = range.subMap(from, fromInclusive, to, toInclusive);
		}
		else if (from != null) {
			range = range.tailMap(from, fromInclusive);
		}
		else if (to != null) {
			range = range.headMap(to, toInclusive);
		}
		Iterator<Map.Entry<StoreKey, Map<String, AttributeValue>>> entries = (descending ? range.descendingMap()
				: range)
			.entrySet()
			.iterator();
		LongAdder examined = this.examined;
		return new Iterator<>() {

			@Override
			public boolean hasNext() {
				return entries.hasNext();
			}

			@Override
			public Map.Entry<StoreKey, Map<String, AttributeValue>> next() {
				examined.increment();
				return entries.next();
			}

		};
	}

	/**
	 * How many entries {@link #read} has handed out since the store was made: what a
	 * Query or Scan page cost in storage (tests and benchmarks compare it).
	 */
	public long examined() {
		return this.examined.sum();
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
