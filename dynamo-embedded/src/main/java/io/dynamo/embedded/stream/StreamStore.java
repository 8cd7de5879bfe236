/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.storage.StreamSettings;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * The engine's streams, fed by the write path. A table's stream settings (in its
 * definition) say which stream is current: a stream is opened the first time its ARN is
 * seen enabled and closed when the table shows another ARN, a disabled stream or is
 * deleted. A change is recorded only if it changed the item, as DynamoDB Streams records
 * them; its sequence number is taken under the item's lock, so one item's records are in
 * the order of its writes.
 */
public final class StreamStore implements io.dynamo.embedded.storage.ChangeListener {

	private final Clock clock;

	/** Every stream still readable, in the order opened. */
	private final List<TableStream> streams = new CopyOnWriteArrayList<>();

	private final Map<String, TableStream> byArn = new ConcurrentHashMap<>();

	/** The open stream of each table, by table name. */
	private final Map<String, TableStream> open = new ConcurrentHashMap<>();

	private final AtomicLong sequence = new AtomicLong();

	public StreamStore(Clock clock) {
		this.clock = clock;
	}

	/** Opens the streams of the tables already in a catalog (after a restart). */
	public void attach(Catalog catalog) {
		for (Table table : catalog.tables().values()) {
			sync(table.definition());
		}
	}

	/** The readable streams (open, or closed less than 24 hours ago), oldest first. */
	public List<TableStream> streams() {
		Instant now = this.clock.instant();
		List<TableStream> live = new ArrayList<>(this.streams.size());
		for (TableStream stream : this.streams) {
			if (stream.expired(now)) {
				this.streams.remove(stream);
				this.byArn.remove(stream.arn(), stream);
			}
			else {
				live.add(stream);
			}
		}
		return live;
	}

	/** The stream of that ARN, or null when there is none (or no longer). */
	public TableStream stream(String arn) {
		TableStream stream = (arn != null) ? this.byArn.get(arn) : null;
		if (stream != null && stream.expired(this.clock.instant())) {
			return null;
		}
		return stream;
	}

	/** The engine clock, for iterators and trimming. */
	public Clock clock() {
		return this.clock;
	}

	@Override
	public void onChanges(List<ItemChange> changes) {
		boolean service = ServiceWrites.active();
		for (ItemChange change : changes) {
			if (Objects.equals(change.oldItem(), change.newItem())) {
				continue;
			}
			TableDefinition definition = change.table().definition();
			StreamSettings settings = definition.stream();
			if (!settings.enabled()) {
				continue;
			}
			TableStream stream = sync(definition);
			if (stream != null) {
				Instant now = this.clock.instant();
				stream.append(this.sequence::incrementAndGet,
						(sequence) -> record(sequence, stream, change, now, service));
			}
		}
	}

	@Override
	public void onTableCreated(Table table) {
		sync(table.definition());
	}

	@Override
	public void onTableUpdated(Table table) {
		sync(table.definition());
	}

	@Override
	public void onTableDeleted(Table table) {
		TableStream stream = this.open.get(table.name());
		if (stream != null && stream.arn().equals(table.definition().stream().arn())) {
			this.open.remove(table.name(), stream);
			stream.close(this.clock.instant());
		}
	}

	/** Brings the table's streams in line with its settings; returns the open one. */
	private TableStream sync(TableDefinition definition) {
		StreamSettings settings = definition.stream();
		TableStream current = this.open.get(definition.name());
		if (current != null && settings.enabled() && current.arn().equals(settings.arn())) {
			return current;
		}
		synchronized (this) {
			current = this.open.get(definition.name());
			if (current != null && settings.enabled() && current.arn().equals(settings.arn())) {
				return current;
			}
			Instant now = this.clock.instant();
			if (current != null) {
				this.open.remove(definition.name());
				current.close(now);
			}
			if (!settings.enabled()) {
				return null;
			}
			TableStream replaced = this.byArn.get(settings.arn());
			if (replaced != null) {
				// the same ARN enabled again (a clock that did not move): a new stream
				this.streams.remove(replaced);
			}
			TableStream stream = new TableStream(settings.arn(), settings.label(), definition.name(),
					definition.keySchema(), settings.viewType(), now, shardId(now), this.sequence.get() + 1);
			this.streams.add(stream);
			this.byArn.put(stream.arn(), stream);
			this.open.put(definition.name(), stream);
			return stream;
		}
	}

	private static StreamRecord record(long sequence, TableStream stream, ItemChange change, Instant now,
			boolean service) {
		Map<String, AttributeValue> oldItem = change.oldItem();
		Map<String, AttributeValue> newItem = change.newItem();
		String eventName = (oldItem == null) ? "INSERT" : (newItem == null) ? "REMOVE" : "MODIFY";
		Map<String, AttributeValue> keys = change.key().toItem(stream.keySchema());
		String viewType = stream.viewType();
		Map<String, AttributeValue> newImage = ("NEW_IMAGE".equals(viewType) || "NEW_AND_OLD_IMAGES".equals(viewType))
				? newItem : null;
		Map<String, AttributeValue> oldImage = ("OLD_IMAGE".equals(viewType) || "NEW_AND_OLD_IMAGES".equals(viewType))
				? oldItem : null;
		long size = Sizes.itemSize(keys);
		if (newImage != null) {
			size += Sizes.itemSize(newImage);
		}
		if (oldImage != null) {
			size += Sizes.itemSize(oldImage);
		}
		return new StreamRecord(sequence, eventId(), eventName, now, keys, newImage, oldImage, Math.max(1, size),
				service);
	}

	private static String eventId() {
		byte[] bytes = new byte[16];
		ThreadLocalRandom.current().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	/** A shard ID as DynamoDB Streams forms them: the creation time, then random hex. */
	private static String shardId(Instant now) {
		byte[] bytes = new byte[4];
		ThreadLocalRandom.current().nextBytes(bytes);
		return String.format("shardId-%020d-%s", now.toEpochMilli(), HexFormat.of().formatHex(bytes));
	}

}
