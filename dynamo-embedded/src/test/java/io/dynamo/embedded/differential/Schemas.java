/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables every sequence works on: with and without sort keys, keys of type S, N and
 * B, global and local secondary indexes with each projection type.
 */
final class Schemas {

	private Schemas() {
	}

	/** A key attribute: name and type ({@code S}, {@code N} or {@code B}). */
	record Key(String name, String type) {
	}

	/** A secondary index. */
	record Index(String name, boolean global, Key hash, Key range, String projection, List<String> include) {
	}

	/** A table. */
	record Table(String name, Key hash, Key range, List<Index> indexes) {

		/** The names of the table's and its indexes' key attributes. */
		Set<String> keyNames() {
			Set<String> names = new LinkedHashSet<>();
			names.add(this.hash.name());
			if (this.range != null) {
				names.add(this.range.name());
			}
			for (Index index : this.indexes) {
				names.add(index.hash().name());
				if (index.range() != null) {
					names.add(index.range().name());
				}
			}
			return names;
		}

		/** The CreateTable request for this table. */
		Map<String, Object> createRequest() {
			Map<String, Object> request = new LinkedHashMap<>();
			request.put("TableName", this.name);
			Map<String, String> definitions = new LinkedHashMap<>();
			definitions.put(this.hash.name(), this.hash.type());
			if (this.range != null) {
				definitions.put(this.range.name(), this.range.type());
			}
			for (Index index : this.indexes) {
				definitions.put(index.hash().name(), index.hash().type());
				if (index.range() != null) {
					definitions.put(index.range().name(), index.range().type());
				}
			}
			List<Object> attributes = new ArrayList<>();
			definitions.forEach((name, type) -> attributes.add(Map.of("AttributeName", name, "AttributeType", type)));
			request.put("AttributeDefinitions", attributes);
			request.put("KeySchema", keySchema(this.hash, this.range));
			List<Object> globals = new ArrayList<>();
			List<Object> locals = new ArrayList<>();
			for (Index index : this.indexes) {
				Map<String, Object> definition = new LinkedHashMap<>();
				definition.put("IndexName", index.name());
				definition.put("KeySchema", keySchema(index.hash(), index.range()));
				Map<String, Object> projection = new LinkedHashMap<>();
				projection.put("ProjectionType", index.projection());
				if (!index.include().isEmpty()) {
					projection.put("NonKeyAttributes", index.include());
				}
				definition.put("Projection", projection);
				(index.global() ? globals : locals).add(definition);
			}
			if (!globals.isEmpty()) {
				request.put("GlobalSecondaryIndexes", globals);
			}
			if (!locals.isEmpty()) {
				request.put("LocalSecondaryIndexes", locals);
			}
			request.put("BillingMode", "PAY_PER_REQUEST");
			return request;
		}

		private static List<Object> keySchema(Key hash, Key range) {
			List<Object> schema = new ArrayList<>();
			schema.add(Map.of("AttributeName", hash.name(), "KeyType", "HASH"));
			if (range != null) {
				schema.add(Map.of("AttributeName", range.name(), "KeyType", "RANGE"));
			}
			return schema;
		}

	}

	/** The tables of one sequence, their names starting with {@code prefix}. */
	static List<Table> tables(String prefix) {
		Key s = new Key("s", "S");
		Key n = new Key("n", "N");
		Key b = new Key("b", "B");
		return List.of(
				new Table(prefix + "hash", new Key("pk", "S"), null,
						List.of(new Index("gsiN", true, n, null, "KEYS_ONLY", List.of()))),
				new Table(prefix + "range", new Key("pk", "S"), new Key("sk", "N"),
						List.of(new Index("lsiS", false, new Key("pk", "S"), s, "ALL", List.of()),
								new Index("gsiB", true, b, new Key("sk", "N"), "INCLUDE", List.of("a", "l")))),
				new Table(prefix + "bin", new Key("pk", "B"), new Key("sk", "S"),
						List.of(new Index("gsiS", true, s, null, "ALL", List.of()))),
				new Table(prefix + "num", new Key("pk", "N"), new Key("sk", "B"),
						List.of(new Index("lsiN", false, new Key("pk", "N"), n, "KEYS_ONLY", List.of()))));
	}

}
