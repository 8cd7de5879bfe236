/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * The payloads of journal and snapshot records: a table's definition, a table dropped, or
 * the item changes of one atomic unit (all of them in one record, so that a unit is
 * replayed whole or not at all).
 */
final class Payloads {

	/** A table's whole definition (created or changed). */
	static final byte TABLE = 1;

	/** A table dropped: its id and name. */
	static final byte DROP = 2;

	/** Item changes: for each, the table id and the new item, or the key to delete. */
	static final byte CHANGES = 3;

	private Payloads() {
	}

	static byte[] table(TableDefinition definition) {
		return encode((out) -> {
			out.writeByte(TABLE);
			Codec.writeDefinition(out, definition);
		});
	}

	static byte[] drop(TableDefinition definition) {
		return encode((out) -> {
			out.writeByte(DROP);
			Codec.writeString(out, definition.tableId());
			Codec.writeString(out, definition.name());
		});
	}

	static byte[] changes(List<ItemChange> changes) {
		return encode((out) -> {
			out.writeByte(CHANGES);
			out.writeInt(changes.size());
			for (ItemChange change : changes) {
				Codec.writeString(out, change.table().definition().tableId());
				writeChange(out, change.newItem(),
						(change.newItem() != null) ? null : change.key().toItem(change.table().keySchema()));
			}
		});
	}

	/** Items of one table, as a snapshot writes them. */
	static byte[] items(String tableId, List<Map<String, AttributeValue>> items) {
		return encode((out) -> {
			out.writeByte(CHANGES);
			out.writeInt(items.size());
			for (Map<String, AttributeValue> item : items) {
				Codec.writeString(out, tableId);
				writeChange(out, item, null);
			}
		});
	}

	private static void writeChange(DataOutputStream out, Map<String, AttributeValue> newItem,
			Map<String, AttributeValue> deletedKey) throws IOException {
		if (newItem != null) {
			out.writeBoolean(true);
			Codec.writeItem(out, newItem);
		}
		else {
			out.writeBoolean(false);
			Codec.writeItem(out, deletedKey);
		}
	}

	private static byte[] encode(Body body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
		try (DataOutputStream out = new DataOutputStream(bytes)) {
			body.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	private interface Body {

		void write(DataOutputStream out) throws IOException;

	}

}
