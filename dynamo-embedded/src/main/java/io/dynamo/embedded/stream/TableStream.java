/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import io.dynamo.embedded.storage.KeySchema;

/**
 * One stream of one table, with a single shard: open while the stream is enabled, closed
 * (an ending sequence number) once it is disabled or the table deleted. Records older
 * than the retention period are trimmed from its head.
 */
public final class TableStream {

	/** How long records are kept, as DynamoDB Streams keeps them. */
	public static final Duration RETENTION = Duration.ofHours(24);

	private final String arn;

	private final String label;

	private final String tableName;

	private final KeySchema keySchema;

	private final String viewType;

	private final Instant created;

	private final String shardId;

	private final long startingSequence;

	private final ArrayDeque<StreamRecord> records = new ArrayDeque<>();

	/** The highest sequence number trimmed away, or startingSequence - 1. */
	private long trimmedThrough;

	/** The last sequence number given to a record, or startingSequence - 1. */
	private long lastSequence;

	private Instant disabled;

	TableStream(String arn, String label, String tableName, KeySchema keySchema, String viewType, Instant created,
			String shardId, long startingSequence) {
		this.arn = arn;
		this.label = label;
		this.tableName = tableName;
		this.keySchema = keySchema;
		this.viewType = viewType;
		this.created = created;
		this.shardId = shardId;
		this.startingSequence = startingSequence;
		this.trimmedThrough = startingSequence - 1;
		this.lastSequence = startingSequence - 1;
	}

	public String arn() {
		return this.arn;
	}

	public String label() {
		return this.label;
	}

	public String tableName() {
		return this.tableName;
	}

	public KeySchema keySchema() {
		return this.keySchema;
	}

	public String viewType() {
		return this.viewType;
	}

	/** When the stream was enabled. */
	public Instant created() {
		return this.created;
	}

	public String shardId() {
		return this.shardId;
	}

	public long startingSequence() {
		return this.startingSequence;
	}

	/** ENABLED, or DISABLED once closed. */
	public synchronized String status() {
		return (this.disabled == null) ? "ENABLED" : "DISABLED";
	}

	/** The shard's ending sequence number once closed, else -1. */
	public synchronized long endingSequence() {
		return (this.disabled == null) ? -1 : this.lastSequence;
	}

	/** The last sequence number given out, or {@code startingSequence - 1}. */
	public synchronized long lastSequence() {
		return this.lastSequence;
	}

	/** The highest sequence number trimmed, or {@code startingSequence - 1}. */
	public synchronized long trimmedThrough(Instant now) {
		trim(now);
		return this.trimmedThrough;
	}

	/** Whether it was closed longer ago than the retention period (then it is gone). */
	synchronized boolean expired(Instant now) {
		return this.disabled != null && this.disabled.plus(RETENTION).isBefore(now);
	}

	/** Adds a record; its sequence number comes from the counter, under this lock. */
	synchronized void append(Sequencer sequencer, RecordFactory factory) {
		if (this.disabled != null) {
			return;
		}
		long sequence = sequencer.next();
		this.records.addLast(factory.create(sequence));
		this.lastSequence = sequence;
	}

	synchronized void close(Instant now) {
		if (this.disabled == null) {
			this.disabled = now;
		}
	}

	/**
	 * Up to {@code limit} records after a sequence number and within {@code maxBytes} (at
	 * least one), trimming first.
	 * @throws TrimmedException when records after it were trimmed
	 */
	public synchronized List<StreamRecord> after(long sequence, int limit, long maxBytes, Instant now) {
		trim(now);
		if (sequence < this.trimmedThrough) {
			throw new TrimmedException();
		}
		List<StreamRecord> page = new ArrayList<>();
		long bytes = 0;
		for (StreamRecord record : this.records) {
			if (record.sequence() <= sequence) {
				continue;
			}
			if (page.size() == limit || (!page.isEmpty() && bytes + record.sizeBytes() > maxBytes)) {
				break;
			}
			page.add(record);
			bytes += record.sizeBytes();
		}
		return page;
	}

	private void trim(Instant now) {
		Instant horizon = now.minus(RETENTION);
		Iterator<StreamRecord> iterator = this.records.iterator();
		while (iterator.hasNext()) {
			StreamRecord record = iterator.next();
			if (!record.created().isBefore(horizon)) {
				break;
			}
			this.trimmedThrough = record.sequence();
			iterator.remove();
		}
	}

	/** Gives out sequence numbers. */
	interface Sequencer {

		long next();

	}

	/** Makes a record once its sequence number is known. */
	interface RecordFactory {

		StreamRecord create(long sequence);

	}

}
