/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * Rebuilds a catalog from a data directory: the latest whole snapshot, then every journal
 * from its generation on, in order. Records are replayed through the catalog's write path
 * (so indexes are rebuilt as items arrive); a torn record at the end of the last journal
 * is cut off there. Replaying is idempotent (records hold whole items and definitions),
 * which is what lets a snapshot be cut while writes go on.
 */
final class Recovery {

	private final Layout layout;

	private final Catalog catalog;

	private final Map<String, Table> byId = new HashMap<>();

	private long records;

	Recovery(Layout layout, Catalog catalog) {
		this.layout = layout;
		this.catalog = catalog;
	}

	/** What recovery found: where to append next. */
	record Result(long generation, long journalLength, long records, boolean tornTail) {
	}

	Result run() throws IOException {
		this.layout.removeTemporaries();
		TreeMap<Long, Path> snapshots = this.layout.snapshots();
		long base = 0;
		if (!snapshots.isEmpty()) {
			base = snapshots.lastKey();
			try (Frames.Reader reader = new Frames.Reader(snapshots.lastEntry().getValue(), Frames.SNAPSHOT_HEADER)) {
				replay(reader);
				if (reader.torn()) {
					throw new IOException("Snapshot " + snapshots.lastEntry().getValue() + " is damaged");
				}
			}
		}
		TreeMap<Long, Path> journals = this.layout.journals();
		long generation = base;
		long length = -1;
		boolean torn = false;
		for (Map.Entry<Long, Path> journal : journals.tailMap(base, true).entrySet()) {
			try (Frames.Reader reader = new Frames.Reader(journal.getValue(), Frames.JOURNAL_HEADER)) {
				replay(reader);
				generation = journal.getKey();
				length = reader.offset();
				torn = reader.torn();
			}
			if (torn) {
				// a crash tore the record being written; nothing after it was
				// acknowledged
				truncate(journal.getValue(), length);
				break;
			}
		}
		for (Map.Entry<Long, Path> stale : journals.headMap(base, false).entrySet()) {
			Files.deleteIfExists(stale.getValue());
		}
		for (Map.Entry<Long, Path> stale : snapshots.headMap(base, false).entrySet()) {
			Files.deleteIfExists(stale.getValue());
		}
		return new Result(generation, length, this.records, torn);
	}

	/** The ids of the tables recovered. */
	Set<String> tableIds() {
		return this.byId.keySet();
	}

	private void replay(Frames.Reader reader) throws IOException {
		byte[] payload;
		while ((payload = reader.next()) != null) {
			apply(new DataInputStream(new ByteArrayInputStream(payload)));
			this.records++;
		}
	}

	private void apply(DataInputStream in) throws IOException {
		byte kind = in.readByte();
		switch (kind) {
			case Payloads.TABLE -> table(Codec.readDefinition(in));
			case Payloads.DROP -> drop(Codec.readString(in), Codec.readString(in));
			case Payloads.CHANGES -> changes(in);
			default -> throw new IOException("Unknown record kind " + kind);
		}
	}

	private void table(TableDefinition definition) {
		Table existing = this.catalog.table(definition.name());
		if (existing != null && existing.definition().tableId().equals(definition.tableId())) {
			redefine(existing, definition);
			return;
		}
		if (existing != null) {
			// the older table of that name was dropped before this one was created
			this.byId.remove(existing.definition().tableId());
			this.catalog.delete(existing);
		}
		this.byId.put(definition.tableId(), this.catalog.create(definition));
	}

	private void redefine(Table table, TableDefinition definition) {
		TableDefinition old = table.definition();
		table.redefine((current) -> definition);
		for (IndexDefinition index : definition.globalIndexes()) {
			if (old.index(index.name()) == null) {
				this.catalog.addIndex(table, index);
			}
		}
		for (IndexDefinition index : old.globalIndexes()) {
			if (definition.index(index.name()) == null) {
				this.catalog.removeIndex(table, index.name());
			}
		}
	}

	private void drop(String tableId, String name) {
		Table existing = this.catalog.table(name);
		if (existing != null && existing.definition().tableId().equals(tableId)) {
			this.byId.remove(tableId);
			this.catalog.delete(existing);
		}
	}

	private void changes(DataInputStream in) throws IOException {
		int count = in.readInt();
		for (int i = 0; i < count; i++) {
			Table table = this.byId.get(Codec.readString(in));
			boolean put = in.readBoolean();
			Map<String, AttributeValue> item = Codec.readItem(in);
			if (table == null) {
				continue;
			}
			PrimaryKey key = table.keySchema().keyOf(item);
			this.catalog.write(table, key, (current) -> put ? item : null);
		}
	}

	private static void truncate(Path file, long length) throws IOException {
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
			channel.truncate(Math.max(length, Frames.JOURNAL_HEADER.length));
			channel.force(true);
		}
	}

}
