/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.read;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.capacity.PageSize;
import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.storage.StoreKey;

/**
 * Reads one page of a Query or Scan as DynamoDB does: items are evaluated in key order
 * until {@code Limit} items were read or 1 MB was reached (both counted before the
 * filter), then filtered and projected; the page's read units are summed over the items
 * read.
 */
final class PageReader {

	private final ReadSource source;

	private final Integer limit;

	private final Condition filter;

	private final Projection projection;

	private final String select;

	private final boolean consistent;

	PageReader(ReadSource source, Integer limit, Condition filter, Projection projection, String select,
			boolean consistent) {
		this.source = source;
		this.limit = limit;
		this.filter = filter;
		this.projection = projection;
		this.select = select;
		this.consistent = consistent;
	}

	/**
	 * Reads the page.
	 * @param entries the entries in read order
	 * @param inRange whether an entry's item is still in range (reading stops at the
	 * first that is not: begins_with on a sort key)
	 * @param returnConsumedCapacity the request's ReturnConsumedCapacity
	 */
	Map<String, Object> read(Iterator<Map.Entry<StoreKey, Map<String, AttributeValue>>> entries,
			Predicate<Map<String, AttributeValue>> inRange, String returnConsumedCapacity) {
		String rangeKey = this.source.definition.keySchema().hasRange()
				? this.source.definition.keySchema().range().name() : null;
		List<Map<String, AttributeValue>> items = new ArrayList<>();
		Map<String, AttributeValue> last = null;
		int scanned = 0;
		long pageSize = 0;
		long sourceBytes = 0;
		long tableBytes = 0;
		boolean cut = false;
		while (true) {
			if ((this.limit != null && scanned >= this.limit) || pageSize >= PageSize.LIMIT) {
				cut = true;
				break;
			}
			if (!entries.hasNext()) {
				break;
			}
			Map<String, AttributeValue> entry = entries.next().getValue();
			if (!inRange.test(entry)) {
				break;
			}
			scanned++;
			last = entry;
			sourceBytes += Sizes.itemSize(entry);
			pageSize += PageSize.of(entry, rangeKey);
			Map<String, AttributeValue> item = entry;
			if (this.source.fetch) {
				Map<String, AttributeValue> tableItem = this.source.table
					.get(this.source.definition.keySchema().keyOf(entry));
				if (tableItem == null) {
					// deleted since the index entry was read: DynamoDB's index reads are
					// not
					// isolated either
					continue;
				}
				tableBytes += Sizes.itemSize(tableItem);
				item = tableItem;
			}
			if (this.filter != null && !this.filter.test(item)) {
				continue;
			}
			items.add(item);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		if (!"COUNT".equals(this.select)) {
			List<Map<String, AttributeValue>> shown = items;
			if (this.projection != null) {
				shown = new ArrayList<>(items.size());
				for (Map<String, AttributeValue> item : items) {
					shown.add(this.projection.apply(item));
				}
			}
			response.put("Items", shown);
		}
		response.put("Count", items.size());
		response.put("ScannedCount", scanned);
		if (cut && last != null) {
			response.put("LastEvaluatedKey", this.source.lastEvaluatedKey(last));
		}
		if (ConsumedCapacity.requested(returnConsumedCapacity)) {
			response.put("ConsumedCapacity", capacity(sourceBytes, tableBytes).toResponse(returnConsumedCapacity));
		}
		return response;
	}

	private ConsumedCapacity capacity(long sourceBytes, long tableBytes) {
		ConsumedCapacity capacity = new ConsumedCapacity(this.source.definition.name());
		double units = units(sourceBytes, true);
		if (this.source.index == null) {
			capacity.addTable(units);
		}
		else {
			capacity.addTable(this.source.fetch ? units(tableBytes, false) : 0);
			capacity.addIndex(this.source.index.name(), this.source.index.global(), units);
		}
		return capacity;
	}

	/** Units of a page's bytes: per 4 KB, at least one for the first part read. */
	private double units(long bytes, boolean atLeastOne) {
		long units = (bytes + 4095) / 4096;
		if (atLeastOne) {
			units = Math.max(1, units);
		}
		return this.consistent ? units : units / 2.0;
	}

}
