/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeyAttribute;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.StreamSettings;
import io.dynamo.embedded.storage.TableDefinition;
import io.dynamo.embedded.storage.Throughput;
import io.dynamo.embedded.storage.TimeToLive;

/**
 * The binary form of items and table definitions in journals and snapshots: a type tag
 * per value, lengths before strings and collections, nulls flagged.
 */
final class Codec {

	private static final int S = 1;

	private static final int N = 2;

	private static final int B = 3;

	private static final int BOOL = 4;

	private static final int NULL = 5;

	private static final int L = 6;

	private static final int M = 7;

	private static final int SS = 8;

	private static final int NS = 9;

	private static final int BS = 10;

	private Codec() {
	}

	static void writeItem(DataOutput out, Map<String, AttributeValue> item) throws IOException {
		out.writeInt(item.size());
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			writeString(out, entry.getKey());
			writeValue(out, entry.getValue());
		}
	}

	static Map<String, AttributeValue> readItem(DataInput in) throws IOException {
		int size = in.readInt();
		Map<String, AttributeValue> item = new HashMap<>(Math.max(4, size * 2));
		for (int i = 0; i < size; i++) {
			item.put(readString(in), readValue(in));
		}
		return item;
	}

	private static void writeValue(DataOutput out, AttributeValue value) throws IOException {
		if (value instanceof AttributeValue.S s) {
			out.writeByte(S);
			writeString(out, s.value());
		}
		else if (value instanceof AttributeValue.N n) {
			out.writeByte(N);
			writeString(out, n.text());
		}
		else if (value instanceof AttributeValue.B b) {
			out.writeByte(B);
			writeBytes(out, b.value());
		}
		else if (value instanceof AttributeValue.Bool bool) {
			out.writeByte(BOOL);
			out.writeBoolean(bool.value());
		}
		else if (value instanceof AttributeValue.Null) {
			out.writeByte(NULL);
		}
		else if (value instanceof AttributeValue.L list) {
			out.writeByte(L);
			out.writeInt(list.values().size());
			for (AttributeValue element : list.values()) {
				writeValue(out, element);
			}
		}
		else if (value instanceof AttributeValue.M map) {
			out.writeByte(M);
			writeItem(out, map.values());
		}
		else if (value instanceof AttributeValue.SS set) {
			out.writeByte(SS);
			out.writeInt(set.values().size());
			for (String element : set.values()) {
				writeString(out, element);
			}
		}
		else if (value instanceof AttributeValue.NS set) {
			out.writeByte(NS);
			out.writeInt(set.values().size());
			for (AttributeValue.N element : set.values()) {
				writeString(out, element.text());
			}
		}
		else if (value instanceof AttributeValue.BS set) {
			out.writeByte(BS);
			out.writeInt(set.values().size());
			for (AttributeValue.B element : set.values()) {
				writeBytes(out, element.value());
			}
		}
		else {
			throw new IllegalArgumentException("Unknown attribute value " + value);
		}
	}

	private static AttributeValue readValue(DataInput in) throws IOException {
		int tag = in.readByte();
		switch (tag) {
			case S:
				return new AttributeValue.S(readString(in));
			case N:
				return new AttributeValue.N(new BigDecimal(readString(in)));
			case B:
				return new AttributeValue.B(readBytes(in));
			case BOOL:
				return AttributeValue.Bool.of(in.readBoolean());
			case NULL:
				return AttributeValue.Null.INSTANCE;
			case L: {
				int size = in.readInt();
				List<AttributeValue> values = new ArrayList<>(size);
				for (int i = 0; i < size; i++) {
					values.add(readValue(in));
				}
				return new AttributeValue.L(values);
			}
			case M:
				return new AttributeValue.M(readItem(in));
			case SS: {
				int size = in.readInt();
				Set<String> values = new LinkedHashSet<>();
				for (int i = 0; i < size; i++) {
					values.add(readString(in));
				}
				return new AttributeValue.SS(values);
			}
			case NS: {
				int size = in.readInt();
				Set<AttributeValue.N> values = new LinkedHashSet<>();
				for (int i = 0; i < size; i++) {
					values.add(new AttributeValue.N(new BigDecimal(readString(in))));
				}
				return new AttributeValue.NS(values);
			}
			case BS: {
				int size = in.readInt();
				Set<AttributeValue.B> values = new LinkedHashSet<>();
				for (int i = 0; i < size; i++) {
					values.add(new AttributeValue.B(readBytes(in)));
				}
				return new AttributeValue.BS(values);
			}
			default:
				throw new IOException("Unknown value tag " + tag);
		}
	}

	static void writeDefinition(DataOutput out, TableDefinition definition) throws IOException {
		writeString(out, definition.name());
		writeString(out, definition.arn());
		writeString(out, definition.tableId());
		writeInstant(out, definition.created());
		writeString(out, definition.status());
		writeKeySchema(out, definition.keySchema());
		writeStrings(out, definition.attributeDefinitions());
		out.writeInt(definition.globalIndexes().size());
		for (IndexDefinition index : definition.globalIndexes()) {
			writeIndex(out, index);
		}
		out.writeInt(definition.localIndexes().size());
		for (IndexDefinition index : definition.localIndexes()) {
			writeIndex(out, index);
		}
		writeString(out, definition.billingMode());
		writeThroughput(out, definition.throughput());
		writeInstant(out, definition.lastPayPerRequest());
		StreamSettings stream = definition.stream();
		out.writeBoolean(stream.enabled());
		writeString(out, stream.viewType());
		writeString(out, stream.label());
		writeString(out, stream.arn());
		TimeToLive ttl = definition.timeToLive();
		writeString(out, ttl.attributeName());
		out.writeBoolean(ttl.enabled());
		writeStrings(out, definition.tags());
	}

	static TableDefinition readDefinition(DataInput in) throws IOException {
		String name = readString(in);
		String arn = readString(in);
		String tableId = readString(in);
		Instant created = readInstant(in);
		String status = readString(in);
		KeySchema keySchema = readKeySchema(in);
		Map<String, String> attributes = readStrings(in);
		List<IndexDefinition> globals = new ArrayList<>();
		for (int i = in.readInt(); i > 0; i--) {
			globals.add(readIndex(in));
		}
		List<IndexDefinition> locals = new ArrayList<>();
		for (int i = in.readInt(); i > 0; i--) {
			locals.add(readIndex(in));
		}
		String billingMode = readString(in);
		Throughput throughput = readThroughput(in);
		Instant lastPayPerRequest = readInstant(in);
		StreamSettings stream = new StreamSettings(in.readBoolean(), readString(in), readString(in), readString(in));
		TimeToLive ttl = new TimeToLive(readString(in), in.readBoolean());
		Map<String, String> tags = readStrings(in);
		return new TableDefinition(name, arn, tableId, created, status, keySchema, attributes, globals, locals,
				billingMode, throughput, lastPayPerRequest, stream, ttl, tags);
	}

	private static void writeIndex(DataOutput out, IndexDefinition index) throws IOException {
		writeString(out, index.name());
		out.writeBoolean(index.global());
		writeKeySchema(out, index.keySchema());
		writeString(out, index.projectionType());
		out.writeInt(index.nonKeyAttributes().size());
		for (String attribute : index.nonKeyAttributes()) {
			writeString(out, attribute);
		}
		out.writeBoolean(index.throughput() != null);
		if (index.throughput() != null) {
			writeThroughput(out, index.throughput());
		}
		writeString(out, index.status());
		writeString(out, index.arn());
	}

	private static IndexDefinition readIndex(DataInput in) throws IOException {
		String name = readString(in);
		boolean global = in.readBoolean();
		KeySchema keySchema = readKeySchema(in);
		String projection = readString(in);
		List<String> nonKey = new ArrayList<>();
		for (int i = in.readInt(); i > 0; i--) {
			nonKey.add(readString(in));
		}
		Throughput throughput = in.readBoolean() ? readThroughput(in) : null;
		return new IndexDefinition(name, global, keySchema, projection, nonKey, throughput, readString(in),
				readString(in));
	}

	private static void writeKeySchema(DataOutput out, KeySchema schema) throws IOException {
		writeString(out, schema.hash().name());
		writeString(out, schema.hash().type());
		writeString(out, schema.hasRange() ? schema.range().name() : null);
		writeString(out, schema.hasRange() ? schema.range().type() : null);
	}

	private static KeySchema readKeySchema(DataInput in) throws IOException {
		KeyAttribute hash = new KeyAttribute(readString(in), readString(in));
		String rangeName = readString(in);
		String rangeType = readString(in);
		return new KeySchema(hash, (rangeName != null) ? new KeyAttribute(rangeName, rangeType) : null);
	}

	private static void writeThroughput(DataOutput out, Throughput throughput) throws IOException {
		out.writeLong(throughput.read());
		out.writeLong(throughput.write());
		writeInstant(out, throughput.lastIncrease());
		writeInstant(out, throughput.lastDecrease());
		out.writeInt(throughput.decreasesToday());
	}

	private static Throughput readThroughput(DataInput in) throws IOException {
		return new Throughput(in.readLong(), in.readLong(), readInstant(in), readInstant(in), in.readInt());
	}

	private static void writeStrings(DataOutput out, Map<String, String> map) throws IOException {
		out.writeInt(map.size());
		for (Map.Entry<String, String> entry : map.entrySet()) {
			writeString(out, entry.getKey());
			writeString(out, entry.getValue());
		}
	}

	private static Map<String, String> readStrings(DataInput in) throws IOException {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = in.readInt(); i > 0; i--) {
			map.put(readString(in), readString(in));
		}
		return map;
	}

	private static void writeInstant(DataOutput out, Instant instant) throws IOException {
		out.writeBoolean(instant != null);
		if (instant != null) {
			out.writeLong(instant.getEpochSecond());
			out.writeInt(instant.getNano());
		}
	}

	private static Instant readInstant(DataInput in) throws IOException {
		return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
	}

	static void writeString(DataOutput out, String value) throws IOException {
		if (value == null) {
			out.writeInt(-1);
			return;
		}
		writeBytes(out, value.getBytes(StandardCharsets.UTF_8));
	}

	static String readString(DataInput in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			return null;
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

	private static void writeBytes(DataOutput out, byte[] bytes) throws IOException {
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static byte[] readBytes(DataInput in) throws IOException {
		int length = in.readInt();
		if (length < 0) {
			throw new IOException("Negative length");
		}
		byte[] bytes = new byte[length];
		in.readFully(bytes);
		return bytes;
	}

}
