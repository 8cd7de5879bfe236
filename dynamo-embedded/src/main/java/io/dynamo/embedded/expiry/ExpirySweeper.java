/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expiry;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.ItemRef;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TimeToLive;
import io.dynamo.embedded.stream.ServiceWrites;

/**
 * Removes the expired items of the tables with TTL enabled, as DynamoDB's TTL process
 * does: an item expires when its TTL attribute is a Number of epoch seconds before the
 * engine clock's now; an item whose attribute is missing or of another type is never
 * removed, and neither is one whose time is more than five years in the past (DynamoDB
 * ignores those). Each removal is a delete through the write path that checks, under the
 * item's lock, that the item is still expired, and is made as the service (its stream
 * record names the service).
 */
public final class ExpirySweeper {

	/** DynamoDB leaves alone items that expired longer ago than this. */
	static final long FIVE_YEARS_SECONDS = 5L * 365 * 24 * 3600;

	private final Catalog catalog;

	private final Clock clock;

	public ExpirySweeper(Catalog catalog, Clock clock) {
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * One sweep over every table with TTL enabled.
	 * @return the number of items removed
	 */
	public int sweep() {
		BigDecimal now = BigDecimal.valueOf(this.clock.millis()).movePointLeft(3);
		int removed = 0;
		for (Table table : this.catalog.tables().values()) {
			TimeToLive ttl = table.definition().timeToLive();
			if (!ttl.enabled() || ttl.attributeName() == null) {
				continue;
			}
			try {
				removed += sweep(table, ttl.attributeName(), now);
			}
			catch (DynamoException ex) {
				// the table was deleted during the sweep
			}
		}
		return removed;
	}

	private int sweep(Table table, String attribute, BigDecimal now) {
		int removed = 0;
		for (Map<String, AttributeValue> item : table.items().all().values()) {
			if (!expired(item, attribute, now)) {
				continue;
			}
			PrimaryKey key = table.keySchema().keyOf(item);
			ItemRef ref = new ItemRef(table, key);
			boolean deleted = ServiceWrites.run(() -> this.catalog.atomically(List.of(ref), (items) -> {
				Map<String, AttributeValue> current = items.current(ref);
				if (current != null && expired(current, attribute, now)) {
					items.write(ref, null);
					return true;
				}
				return false;
			}));
			if (deleted) {
				removed++;
			}
		}
		return removed;
	}

	/** Whether an item's TTL attribute is a time in the past (and not too far). */
	static boolean expired(Map<String, AttributeValue> item, String attribute, BigDecimal now) {
		if (!(item.get(attribute) instanceof AttributeValue.N expiry)) {
			return false;
		}
		BigDecimal at = expiry.value();
		return at.compareTo(now) < 0 && at.compareTo(now.subtract(BigDecimal.valueOf(FIVE_YEARS_SECONDS))) >= 0;
	}

}
