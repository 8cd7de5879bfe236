/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.dynamo.embedded.protocol.Json;

/**
 * Seeded random requests over the {@link Schemas} tables. Values come from small pools
 * (three partition keys, a few sort keys, a dozen attribute names) so that items collide,
 * conditions both pass and fail, and update actions meet attributes of every type.
 */
final class Generator {

	/**
	 * One request to send to both servers.
	 *
	 * @param operation the action
	 * @param body the JSON body as sent
	 * @param paged whether the harness follows LastEvaluatedKey with further pages
	 */
	record Step(String operation, String body, boolean paged) {

		Step(String operation, Map<String, Object> request) {
			this(operation, json(request), false);
		}

	}

	private static final String[] S_VALUES = { "a", "ab", "b", "ba", "x" };

	private static final String[] N_VALUES = { "0", "1", "-1", "2.5", "10", "1e1", "0.50", "3" };

	private static final String[] B_VALUES = { b64(0), b64(1), b64(0, 1), b64(255), b64(1, 0) };

	private static final String[] HASH_S = { "p0", "p1", "p2" };

	private static final String[] HASH_N = { "1", "2", "-3" };

	private static final String[] HASH_B = { b64(0), b64(1), b64(255) };

	private static final String[] RANGE_S = { "a", "ab", "b", "c" };

	private static final String[] RANGE_N = { "1", "2", "3", "10", "-1.5" };

	private static final String[] RANGE_B = { b64(0), b64(0, 1), b64(1), b64(255) };

	/**
	 * Non-key attribute names; {@code name} is a reserved word, always written as a
	 * #name.
	 */
	private static final String[] ATTRIBUTES = { "s", "n", "b", "a", "l", "m", "ss", "ns", "bs", "name" };

	private static final String[] PATHS = { "s", "n", "b", "a", "l", "m", "ss", "ns", "bs", "name", "l[0]", "l[1]",
			"l[4]", "m.x", "m.y", "m.z[0]", "m.q", "ghost" };

	private static final String[] COMPARATORS = { "=", "<>", "<", "<=", ">", ">=" };

	private static final String[] RESERVED = { "name", "data", "count", "status", "size", "value", "key" };

	private final Random random;

	private final List<Schemas.Table> tables;

	Generator(long seed, String prefix) {
		this.random = new Random(seed);
		this.tables = Schemas.tables(prefix);
	}

	List<Schemas.Table> tables() {
		return this.tables;
	}

	/** CreateTable for each table. */
	List<Step> setup() {
		return this.tables.stream().map((t) -> new Step("CreateTable", t.createRequest())).toList();
	}

	/** DeleteTable for each table. */
	List<Step> teardown() {
		return this.tables.stream().map((t) -> new Step("DeleteTable", Map.of("TableName", t.name()))).toList();
	}

	/** The next request. */
	Step next() {
		int r = this.random.nextInt(100);
		if (r < 17) {
			return putItem();
		}
		if (r < 37) {
			return updateItem();
		}
		if (r < 44) {
			return deleteItem();
		}
		if (r < 53) {
			return getItem();
		}
		if (r < 66) {
			return query();
		}
		if (r < 74) {
			return scan();
		}
		if (r < 79) {
			return batchWrite();
		}
		if (r < 84) {
			return batchGet();
		}
		if (r < 85) {
			return new Step("DescribeTable", Map.of("TableName", table().name()));
		}
		return new Malformed(this).next();
	}

	// ---- operations

	Step putItem() {
		Schemas.Table table = table();
		Map<String, Object> item = item(table);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Item", item);
		Placeholders p = new Placeholders();
		if (chance(50)) {
			request.put("ConditionExpression", condition(p, table, 0, true));
		}
		if (chance(40)) {
			request.put("ReturnValues", pick("NONE", "ALL_OLD"));
		}
		capacity(request);
		p.addTo(request);
		return new Step("PutItem", request);
	}

	Step updateItem() {
		Schemas.Table table = table();
		Map<String, Object> key = key(table);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", key);
		Placeholders p = new Placeholders();
		request.put("UpdateExpression", update(p, table));
		if (chance(40)) {
			request.put("ConditionExpression", condition(p, table, 0, true));
		}
		if (chance(60)) {
			request.put("ReturnValues", pick("NONE", "ALL_OLD", "UPDATED_OLD", "ALL_NEW", "UPDATED_NEW"));
		}
		capacity(request);
		p.addTo(request);
		return new Step("UpdateItem", request);
	}

	Step deleteItem() {
		Schemas.Table table = table();
		Map<String, Object> key = key(table);
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", key);
		Placeholders p = new Placeholders();
		if (chance(50)) {
			request.put("ConditionExpression", condition(p, table, 0, true));
		}
		if (chance(40)) {
			request.put("ReturnValues", pick("NONE", "ALL_OLD"));
		}
		capacity(request);
		p.addTo(request);
		return new Step("DeleteItem", request);
	}

	Step getItem() {
		Schemas.Table table = table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		request.put("Key", key(table));
		Placeholders p = new Placeholders();
		if (chance(40)) {
			request.put("ProjectionExpression", projection(p));
		}
		if (chance(30)) {
			request.put("ConsistentRead", this.random.nextBoolean());
		}
		capacity(request);
		p.addTo(request);
		return new Step("GetItem", request);
	}

	Step query() {
		Schemas.Table table = table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		Schemas.Key hash = table.hash();
		Schemas.Key range = table.range();
		Schemas.Index index = null;
		if (chance(40)) {
			index = table.indexes().get(this.random.nextInt(table.indexes().size()));
			request.put("IndexName", index.name());
			hash = index.hash();
			range = index.range();
		}
		Placeholders p = new Placeholders();
		String keyCondition = p.name(hash.name()) + " = " + p.value(keyValue(hash, true));
		if (range != null && chance(60)) {
			keyCondition += " AND " + rangeCondition(p, range);
		}
		request.put("KeyConditionExpression", keyCondition);
		if (chance(30)) {
			request.put("FilterExpression", condition(p, table, 0, chance(5)));
		}
		readOptions(request, p, index);
		if (chance(30)) {
			request.put("ScanIndexForward", false);
		}
		boolean paged = limit(request);
		capacity(request);
		p.addTo(request);
		return new Step("Query", json(request), paged);
	}

	Step scan() {
		Schemas.Table table = table();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("TableName", table.name());
		Schemas.Index index = null;
		if (chance(20)) {
			index = table.indexes().get(this.random.nextInt(table.indexes().size()));
			request.put("IndexName", index.name());
		}
		Placeholders p = new Placeholders();
		if (chance(40)) {
			request.put("FilterExpression", condition(p, table, 0, true));
		}
		readOptions(request, p, index);
		if (chance(10)) {
			int total = 1 + this.random.nextInt(4);
			request.put("TotalSegments", total);
			request.put("Segment", this.random.nextInt(total));
		}
		boolean paged = limit(request);
		capacity(request);
		p.addTo(request);
		return new Step("Scan", json(request), paged);
	}

	Step batchWrite() {
		Map<String, Object> items = new LinkedHashMap<>();
		int tableCount = chance(75) ? 1 : 2;
		for (int t = 0; t < tableCount; t++) {
			Schemas.Table table = table();
			List<Object> requests = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			int count = 1 + this.random.nextInt(4);
			for (int i = 0; i < count; i++) {
				Map<String, Object> item = item(table);
				// duplicate keys are refused as a whole: now and then, to see that they
				// are
				if (!seen.add(json(key(table, item))) && !chance(10)) {
					continue;
				}
				if (chance(70)) {
					requests.add(Map.of("PutRequest", Map.of("Item", item)));
				}
				else {
					requests.add(Map.of("DeleteRequest", Map.of("Key", key(table, item))));
				}
			}
			items.put(table.name(), requests);
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("RequestItems", items);
		capacity(request);
		return new Step("BatchWriteItem", request);
	}

	Step batchGet() {
		Map<String, Object> items = new LinkedHashMap<>();
		int tableCount = chance(75) ? 1 : 2;
		for (int t = 0; t < tableCount; t++) {
			Schemas.Table table = table();
			Map<String, Object> entry = new LinkedHashMap<>();
			List<Object> keys = new ArrayList<>();
			Set<String> seen = new LinkedHashSet<>();
			int count = 1 + this.random.nextInt(5);
			for (int i = 0; i < count; i++) {
				Map<String, Object> key = key(table);
				// duplicates are refused as a whole; they are tried among the malformed
				// requests
				if (seen.add(json(key)) || chance(3)) {
					keys.add(key);
				}
			}
			entry.put("Keys", keys);
			Placeholders p = new Placeholders();
			if (chance(30)) {
				entry.put("ProjectionExpression", projection(p));
			}
			if (chance(30)) {
				entry.put("ConsistentRead", this.random.nextBoolean());
			}
			p.addTo(entry);
			items.put(table.name(), entry);
		}
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("RequestItems", items);
		capacity(request);
		return new Step("BatchGetItem", request);
	}

	// ---- request parts

	private void readOptions(Map<String, Object> request, Placeholders p, Schemas.Index index) {
		int r = this.random.nextInt(100);
		if (r < 10) {
			request.put("Select", "COUNT");
		}
		else if (r < 35) {
			request.put("ProjectionExpression", projection(p));
			if (chance(20)) {
				request.put("Select", "SPECIFIC_ATTRIBUTES");
			}
		}
		else if (r < 40 && index != null) {
			request.put("Select", pick("ALL_PROJECTED_ATTRIBUTES", "ALL_ATTRIBUTES"));
		}
		if (chance(15)) {
			request.put("ConsistentRead", true);
		}
	}

	private boolean limit(Map<String, Object> request) {
		if (chance(45)) {
			request.put("Limit", 1 + this.random.nextInt(4));
			return true;
		}
		return false;
	}

	private void capacity(Map<String, Object> request) {
		if (chance(10)) {
			request.put("ReturnConsumedCapacity", pick("TOTAL", "INDEXES", "NONE"));
		}
	}

	/** A condition over the table's attributes, of up to three levels. */
	String condition(Placeholders p, Schemas.Table table, int depth, boolean keysAllowed) {
		int r = this.random.nextInt(100);
		if (depth < 2) {
			if (r < 12) {
				return condition(p, table, depth + 1, keysAllowed) + " AND "
						+ condition(p, table, depth + 1, keysAllowed);
			}
			if (r < 20) {
				return condition(p, table, depth + 1, keysAllowed) + " OR "
						+ condition(p, table, depth + 1, keysAllowed);
			}
			if (r < 24) {
				return "NOT " + condition(p, table, depth + 1, keysAllowed);
			}
			if (r < 28) {
				return "(" + condition(p, table, depth + 1, keysAllowed) + ")";
			}
		}
		String path = conditionPath(table, keysAllowed);
		String rendered = p.path(path);
		int atom = this.random.nextInt(100);
		if (atom < 30) {
			String comparator = pick(COMPARATORS);
			Map<String, Object> value = valueFor(path, table);
			return rendered + " " + comparator + " "
					+ p.value((comparator.equals("=") || comparator.equals("<>")) ? value : orderable(value));
		}
		if (atom < 45) {
			return "attribute_exists(" + rendered + ")";
		}
		if (atom < 60) {
			return "attribute_not_exists(" + rendered + ")";
		}
		if (atom < 67) {
			return rendered + " BETWEEN " + p.value(ordered(valueFor(path, table))) + " AND "
					+ p.value(ordered(valueFor(path, table)));
		}
		if (atom < 74) {
			return rendered + " IN (" + p.value(valueFor(path, table)) + ", " + p.value(valueFor(path, table)) + ")";
		}
		if (atom < 80) {
			return "begins_with(" + rendered + ", "
					+ p.value(chance(80) ? av("S", pick(S_VALUES)) : valueFor(path, table)) + ")";
		}
		if (atom < 87) {
			return "contains(" + rendered + ", " + p.value(chance(50) ? av("S", pick(S_VALUES)) : scalar()) + ")";
		}
		if (atom < 92) {
			return "attribute_type(" + rendered + ", "
					+ p.value(av("S", pick("S", "N", "B", "SS", "NS", "BS", "L", "M", "BOOL", "NULL"))) + ")";
		}
		return "size(" + rendered + ") " + pick(COMPARATORS) + " " + p.value(av("N", pick("0", "1", "2", "3")));
	}

	/**
	 * A scalar in place of a set, list or map: dynalite orders those by JavaScript's
	 * comparison of their text ({@code bs >= :set} compares "AQ==,Ag==" as text), which
	 * is no reference for DynamoDB, so BETWEEN gets scalars only (NULL and BOOL included,
	 * for the type-mismatch errors) and the comparators S, N and B only
	 * ({@link #orderable}).
	 */
	private Map<String, Object> ordered(Map<String, Object> value) {
		String type = value.keySet().iterator().next();
		return switch (type) {
			case "SS", "NS", "BS", "L", "M" -> scalar();
			default -> value;
		};
	}

	/** An S, N or B value, the types DynamoDB orders, in place of any other. */
	private Map<String, Object> orderable(Map<String, Object> value) {
		String type = value.keySet().iterator().next();
		return switch (type) {
			case "S", "N", "B" -> value;
			default -> switch (this.random.nextInt(3)) {
				case 0 -> av("S", pick(S_VALUES));
				case 1 -> av("N", pick(N_VALUES));
				default -> av("B", pick(B_VALUES));
			};
		};
	}

	private String conditionPath(Schemas.Table table, boolean keysAllowed) {
		if (keysAllowed && chance(20)) {
			return chance(60) || table.range() == null ? table.hash().name() : table.range().name();
		}
		return pick(PATHS);
	}

	/**
	 * SET, REMOVE, ADD and DELETE clauses over distinct attributes, in a random order.
	 */
	String update(Placeholders p, Schemas.Table table) {
		List<String> clauses = new ArrayList<>();
		Set<String> used = new LinkedHashSet<>();
		int actions = 1 + this.random.nextInt(3);
		List<String> kinds = new ArrayList<>(List.of("SET", "SET", "SET", "REMOVE", "ADD", "DELETE"));
		Set<String> chosen = new LinkedHashSet<>();
		while (chosen.size() < actions) {
			chosen.add(kinds.get(this.random.nextInt(kinds.size())));
		}
		for (String kind : chosen) {
			List<String> parts = new ArrayList<>();
			int count = 1 + (chance(30) ? 1 : 0);
			for (int i = 0; i < count; i++) {
				String part = switch (kind) {
					case "SET" -> setAction(p, table, used);
					case "REMOVE" -> removeAction(p, used);
					case "ADD" -> addAction(p, used);
					default -> deleteAction(p, used);
				};
				if (part != null) {
					parts.add(part);
				}
			}
			if (!parts.isEmpty()) {
				clauses.add(kind + " " + String.join(", ", parts));
			}
		}
		if (clauses.isEmpty()) {
			clauses.add("SET " + p.path("a") + " = " + p.value(scalar()));
		}
		return String.join(" ", clauses);
	}

	private String setAction(Placeholders p, Schemas.Table table, Set<String> used) {
		int r = this.random.nextInt(100);
		if (r < 20) {
			String path = fresh(used, "n", "m.x", "a", "l[0]");
			if (path == null) {
				return null;
			}
			int kind = this.random.nextInt(10);
			String operand = (kind < 4) ? p.path(path)
					: (kind < 7) ? "if_not_exists(" + p.path(path) + ", " + p.value(av("N", pick(N_VALUES))) + ")"
							: p.value(av("N", pick(N_VALUES)));
			return p.path(path) + " = " + operand + " " + pick("+", "-") + " "
					+ p.value(chance(90) ? av("N", pick(N_VALUES)) : scalar());
		}
		if (r < 35) {
			String path = fresh(used, "l", "m.z", "a");
			if (path == null) {
				return null;
			}
			String list = p.value(list());
			String existing = chance(70) ? p.path(path)
					: "if_not_exists(" + p.path(path) + ", " + p.value(list()) + ")";
			return p.path(path) + " = list_append(" + (chance(50) ? existing + ", " + list : list + ", " + existing)
					+ ")";
		}
		if (r < 50) {
			String path = fresh(used, "a", "s", "n", "m.y", "name");
			if (path == null) {
				return null;
			}
			String source = chance(70) ? path : pick(PATHS);
			if (path.startsWith(source + ".") || path.startsWith(source + "[")) {
				// m.y = if_not_exists(m, ...) is valid, but dynalite stores m inside
				// itself, a cycle its JSON writer dies on (the process stops answering)
				source = path;
			}
			return p.path(path) + " = if_not_exists(" + p.path(source) + ", " + p.value(valueFor(path, table)) + ")";
		}
		if (r < 58) {
			String path = fresh(used, "a", "s");
			String source = fresh(used, "n", "b", "m.q", "ghost");
			if (path == null || source == null) {
				return null;
			}
			return p.path(path) + " = " + p.path(source);
		}
		String path = fresh(used, "s", "n", "b", "a", "l", "m", "ss", "ns", "bs", "name", "l[1]", "l[3]", "m.x", "m.y",
				"m.q", "m.z[0]");
		if (path == null) {
			return null;
		}
		return p.path(path) + " = " + p.value(valueFor(path, table));
	}

	private String removeAction(Placeholders p, Set<String> used) {
		String path = fresh(used, "a", "s", "n", "l[0]", "l[1]", "l[5]", "m.x", "m.y", "ss", "ghost", "name");
		return (path != null) ? p.path(path) : null;
	}

	private String addAction(Placeholders p, Set<String> used) {
		String path = fresh(used, "n", "ss", "ns", "bs", "ghost", "a", "m.x");
		if (path == null) {
			return null;
		}
		Map<String, Object> value = switch (path) {
			case "ss" -> chance(85) ? set("SS") : av("N", pick(N_VALUES));
			case "ns" -> chance(85) ? set("NS") : set("SS");
			case "bs" -> set("BS");
			case "ghost", "a" -> chance(50) ? av("N", pick(N_VALUES)) : set(pick("SS", "NS"));
			default -> chance(90) ? av("N", pick(N_VALUES)) : av("S", pick(S_VALUES));
		};
		return p.path(path) + " " + p.value(value);
	}

	private String deleteAction(Placeholders p, Set<String> used) {
		String path = fresh(used, "ss", "ns", "bs", "ghost", "a");
		if (path == null) {
			return null;
		}
		Map<String, Object> value = switch (path) {
			case "ss" -> chance(90) ? set("SS") : set("NS");
			case "ns" -> set("NS");
			case "bs" -> set("BS");
			default -> set(pick("SS", "NS"));
		};
		return p.path(path) + " " + p.value(value);
	}

	/** One of the paths whose top-level attribute no other action of this update uses. */
	private String fresh(Set<String> used, String... paths) {
		for (int attempt = 0; attempt < 4; attempt++) {
			String path = pick(paths);
			String top = path.split("[.\\[]")[0];
			if (used.add(top)) {
				return path;
			}
		}
		return null;
	}

	String projection(Placeholders p) {
		int count = 1 + this.random.nextInt(3);
		Set<String> paths = new LinkedHashSet<>();
		for (int i = 0; i < count; i++) {
			paths.add(chance(15) ? pick("pk", "sk") : pick(PATHS));
		}
		List<String> rendered = new ArrayList<>();
		for (String path : paths) {
			rendered.add(p.path(path));
		}
		return String.join(", ", rendered);
	}

	private String rangeCondition(Placeholders p, Schemas.Key range) {
		String name = p.name(range.name());
		int r = this.random.nextInt(100);
		if (r < 50) {
			return name + " " + pick("=", "<", "<=", ">", ">=") + " " + p.value(keyValue(range, false));
		}
		if (r < 75) {
			return name + " BETWEEN " + p.value(keyValue(range, false)) + " AND " + p.value(keyValue(range, false));
		}
		if (!range.type().equals("N") || chance(10)) {
			return "begins_with(" + name + ", " + p.value(keyValue(range, false)) + ")";
		}
		return name + " = " + p.value(keyValue(range, false));
	}

	// ---- values

	Schemas.Table table() {
		return this.tables.get(this.random.nextInt(this.tables.size()));
	}

	Map<String, Object> key(Schemas.Table table) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put(table.hash().name(), keyValue(table.hash(), true));
		if (table.range() != null) {
			key.put(table.range().name(), keyValue(table.range(), false));
		}
		return key;
	}

	static Map<String, Object> key(Schemas.Table table, Map<String, Object> item) {
		Map<String, Object> key = new LinkedHashMap<>();
		key.put(table.hash().name(), item.get(table.hash().name()));
		if (table.range() != null) {
			key.put(table.range().name(), item.get(table.range().name()));
		}
		return key;
	}

	/** A key value: partition keys from three values, sort keys from four or five. */
	Map<String, Object> keyValue(Schemas.Key key, boolean partition) {
		if (key.name().equals("s") || key.name().equals("n") || key.name().equals("b")) {
			// index keys take the values the items' attributes take
			return switch (key.type()) {
				case "S" -> av("S", pick(S_VALUES));
				case "N" -> av("N", pick(N_VALUES));
				default -> av("B", pick(B_VALUES));
			};
		}
		return switch (key.type()) {
			case "S" -> av("S", pick(partition ? HASH_S : RANGE_S));
			case "N" -> av("N", pick(partition ? HASH_N : RANGE_N));
			default -> av("B", pick(partition ? HASH_B : RANGE_B));
		};
	}

	Map<String, Object> item(Schemas.Table table) {
		Map<String, Object> item = key(table);
		for (String attribute : ATTRIBUTES) {
			if (chance(40)) {
				item.put(attribute, chance(4) ? scalar() : valueFor(attribute, table));
			}
		}
		return item;
	}

	/** A value of the type the path usually has, or now and then of another. */
	Map<String, Object> valueFor(String path, Schemas.Table table) {
		if (chance(12)) {
			return scalar();
		}
		if (path.equals(table.hash().name())) {
			return keyValue(table.hash(), true);
		}
		if (table.range() != null && path.equals(table.range().name())) {
			return keyValue(table.range(), false);
		}
		return switch (path) {
			case "s", "name", "m.y", "m.q" -> av("S", pick(S_VALUES));
			case "n", "m.x" -> av("N", pick(N_VALUES));
			case "b" -> av("B", pick(B_VALUES));
			case "l", "m.z" -> list();
			case "m" -> map();
			case "ss" -> set("SS");
			case "ns" -> set("NS");
			case "bs" -> set("BS");
			default -> scalar();
		};
	}

	Map<String, Object> scalar() {
		return switch (this.random.nextInt(6)) {
			case 0 -> av("S", pick(S_VALUES));
			case 1, 2 -> av("N", pick(N_VALUES));
			case 3 -> av("B", pick(B_VALUES));
			case 4 -> av("BOOL", this.random.nextBoolean());
			default -> av("NULL", true);
		};
	}

	Map<String, Object> list() {
		List<Object> values = new ArrayList<>();
		int count = this.random.nextInt(4);
		for (int i = 0; i < count; i++) {
			values.add(scalar());
		}
		return av("L", values);
	}

	Map<String, Object> map() {
		Map<String, Object> values = new LinkedHashMap<>();
		if (chance(60)) {
			values.put("x", av("N", pick(N_VALUES)));
		}
		if (chance(60)) {
			values.put("y", av("S", pick(S_VALUES)));
		}
		if (chance(40)) {
			values.put("z", list());
		}
		return av("M", values);
	}

	Map<String, Object> set(String type) {
		String[] pool = switch (type) {
			case "SS" -> new String[] { "a", "b", "c" };
			case "NS" -> new String[] { "1", "2", "3", "2.5" };
			default -> new String[] { b64(0), b64(1), b64(2) };
		};
		List<String> members = new ArrayList<>();
		for (String member : pool) {
			if (chance(45)) {
				members.add(member);
			}
		}
		if (members.isEmpty()) {
			members.add(pool[this.random.nextInt(pool.length)]);
		}
		return av(type, members);
	}

	// ---- helpers

	static Map<String, Object> av(String type, Object value) {
		Map<String, Object> av = new LinkedHashMap<>();
		av.put(type, value);
		return av;
	}

	boolean chance(int percent) {
		return this.random.nextInt(100) < percent;
	}

	int nextInt(int bound) {
		return this.random.nextInt(bound);
	}

	@SafeVarargs
	final <T> T pick(T... values) {
		return values[this.random.nextInt(values.length)];
	}

	static String b64(int... bytes) {
		byte[] b = new byte[bytes.length];
		for (int i = 0; i < bytes.length; i++) {
			b[i] = (byte) bytes[i];
		}
		return Base64.getEncoder().encodeToString(b);
	}

	static String json(Map<String, ?> tree) {
		return new String(Json.write(tree), StandardCharsets.UTF_8);
	}

	static boolean isReserved(String name) {
		for (String word : RESERVED) {
			if (word.equalsIgnoreCase(name)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The #names and :values of one request; every placeholder made is used, unless a
	 * malformed request adds one on purpose.
	 */
	final class Placeholders {

		final Map<String, Object> names = new LinkedHashMap<>();

		final Map<String, Object> values = new LinkedHashMap<>();

		/**
		 * An attribute name, through a #name when it is reserved and now and then when
		 * not.
		 */
		String name(String attribute) {
			if (isReserved(attribute) || chance(40)) {
				String placeholder = "#n" + this.names.size();
				this.names.put(placeholder, attribute);
				return placeholder;
			}
			return attribute;
		}

		/** A path such as {@code m.z[0]}, each name through {@link #name(String)}. */
		String path(String path) {
			StringBuilder out = new StringBuilder();
			for (String part : path.split("\\.")) {
				if (out.length() > 0) {
					out.append('.');
				}
				int bracket = part.indexOf('[');
				String attribute = (bracket < 0) ? part : part.substring(0, bracket);
				out.append(name(attribute));
				if (bracket >= 0) {
					out.append(part.substring(bracket));
				}
			}
			return out.toString();
		}

		String value(Map<String, Object> value) {
			String placeholder = ":v" + this.values.size();
			this.values.put(placeholder, value);
			return placeholder;
		}

		void addTo(Map<String, Object> request) {
			if (!this.names.isEmpty()) {
				request.put("ExpressionAttributeNames", this.names);
			}
			if (!this.values.isEmpty()) {
				request.put("ExpressionAttributeValues", this.values);
			}
		}

	}

}
