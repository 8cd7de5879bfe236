/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.storage.Table;

/**
 * Compaction: the journal is rotated (everything before is durable in the old one), then
 * the catalog is copied into a snapshot while writes go on into the new journal. The copy
 * may see some of those writes; replaying the new journal over it repeats them, which is
 * harmless since records hold whole items. The snapshot is forced, renamed into place
 * (atomic), the directory forced, and only then are the older files removed; a crash at
 * any point leaves either the old files or the new snapshot whole.
 */
final class Snapshots {

	private static final int ITEMS_PER_RECORD = 256;

	private Snapshots() {
	}

	static synchronized void compact(Journal journal) throws IOException {
		Layout layout = journal.layout();
		long generation = journal.rotate();
		Path temp = layout.snapshotTemp(generation);
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
			out.write(Frames.SNAPSHOT_HEADER);
			ExposedBuffer frame = new ExposedBuffer(1 << 16);
			for (Table table : journal.catalog().tables().values()) {
				write(out, frame, Payloads.table(table.definition()));
				String tableId = table.definition().tableId();
				List<Map<String, AttributeValue>> batch = new ArrayList<>(ITEMS_PER_RECORD);
				for (Map<String, AttributeValue> item : table.items().all().values()) {
					batch.add(item);
					if (batch.size() == ITEMS_PER_RECORD) {
						write(out, frame, Payloads.items(tableId, batch));
						batch.clear();
					}
				}
				if (!batch.isEmpty()) {
					write(out, frame, Payloads.items(tableId, batch));
				}
			}
			out.flush();
			channel.force(true);
		}
		Files.move(temp, layout.snapshot(generation), StandardCopyOption.ATOMIC_MOVE);
		layout.syncDirectory();
		for (Path old : layout.journals().headMap(generation, false).values()) {
			Files.deleteIfExists(old);
		}
		for (Path old : layout.snapshots().headMap(generation, false).values()) {
			Files.deleteIfExists(old);
		}
	}

	private static void write(OutputStream out, ExposedBuffer frame, byte[] payload) throws IOException {
		frame.reset();
		Frames.write(frame, payload);
		frame.writeTo(out);
	}

}
