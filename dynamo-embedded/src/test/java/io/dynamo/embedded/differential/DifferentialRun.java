/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.Json;

/**
 * Sends the generator's sequences to dynalite (the reference) and to the engine (the
 * candidate), compares each pair of normalized responses, follows pages of queries and
 * scans on both, and after a write on which they disagreed copies the reference's item
 * into the candidate, so that one difference does not turn every later response into
 * another.
 */
final class DifferentialRun {

	/**
	 * Requests per sequence; each sequence creates its tables, works on them and deletes
	 * them.
	 */
	static final int SEQUENCE_LENGTH = 500;

	private static final int MAX_PAGES = 25;

	/** Members compared as a whole: items, keys and lists of them. */
	private static final Set<String> WHOLE = Set.of("Item", "Attributes", "Items", "Key", "LastEvaluatedKey",
			"Responses", "UnprocessedItems", "UnprocessedKeys", "Keys");

	private final Wire reference;

	private final Wire candidate;

	private final KnownDifferences known;

	private final List<Difference> unexplained = new ArrayList<>();

	private final List<Difference> explained = new ArrayList<>();

	private final Map<String, Integer> categories = new TreeMap<>();

	private final Map<String, Integer> outcomes = new TreeMap<>();

	private final Map<String, Integer> messages = new TreeMap<>();

	/**
	 * Requests whose body holds this text ({@code -Ddifferential.trace=d31_}: one
	 * sequence's tables) are written with both replies to
	 * {@code target/differential/trace.txt}, to follow how two stores came apart.
	 */
	private final String traced = System.getProperty("differential.trace");

	private final StringBuilder trace = new StringBuilder();

	private int sent;

	private long referenceNanos;

	private long candidateNanos;

	private int compared;

	private List<Schemas.Table> tables = List.of();

	DifferentialRun(Wire reference, Wire candidate, KnownDifferences known) {
		this.reference = reference;
		this.candidate = candidate;
		this.known = known;
	}

	/**
	 * Runs sequences until {@code requests} requests were sent to each server.
	 * @param seed the seed of the whole run
	 * @param requests how many generated requests (pages of a query or scan count too)
	 */
	/** The trace of {@code -Ddifferential.trace}, empty without it. */
	String trace() {
		return this.trace.toString();
	}

	void run(long seed, int requests) {
		Random seeds = new Random(seed);
		for (int sequence = 0; this.sent < requests; sequence++) {
			long sequenceSeed = seeds.nextLong();
			Generator generator = new Generator(sequenceSeed, "d" + sequence + "_");
			this.tables = generator.tables();
			String where = "seed " + seed + " sequence " + sequence + " (sequence seed " + sequenceSeed + ")";
			int step = 0;
			for (Generator.Step setup : generator.setup()) {
				compare(setup, where + " step " + step++);
			}
			awaitActive(generator.tables());
			int end = Math.min(requests, this.sent + SEQUENCE_LENGTH);
			while (this.sent < end) {
				compare(generator.next(), where + " step " + step++);
			}
			for (Generator.Step teardown : generator.teardown()) {
				compare(teardown, where + " step " + step++);
			}
			for (int i = 0; i < 3; i++) {
				// the malformed CreateTable requests may have made one of these on either
				// side
				String body = "{\"TableName\":\"bad_" + i + "\"}";
				this.reference.send("DeleteTable", body);
				this.candidate.send("DeleteTable", body);
			}
		}
	}

	private void compare(Generator.Step step, String where) {
		String body = step.body();
		for (int page = 0; page < MAX_PAGES; page++) {
			long started = System.nanoTime();
			Wire.Reply expected = this.reference.send(step.operation(), body);
			long between = System.nanoTime();
			Wire.Reply actual = this.candidate.send(step.operation(), body);
			this.referenceNanos += between - started;
			this.candidateNanos += System.nanoTime() - between;
			this.sent++;
			this.compared++;
			if (this.traced != null && body.contains(this.traced)) {
				this.trace.append(where)
					.append(' ')
					.append(step.operation())
					.append("\n  request  ")
					.append(body)
					.append("\n  dynalite ")
					.append(expected.body())
					.append("\n  engine   ")
					.append(actual.body())
					.append('\n');
			}
			this.outcomes.merge(step.operation() + " " + outcome(expected), 1, Integer::sum);
			this.messages.merge(step.operation() + " " + outcome(expected) + " " + message(expected), 1, Integer::sum);
			Difference difference = difference(step.operation(), where + (page > 0 ? " page " + page : ""), body,
					expected, actual);
			if (difference == null && step.operation().equals("UpdateItem") && expected.ok()) {
				// the same answer is not yet the same item: compare what each stored
				difference = storedItem(where + (page > 0 ? " page " + page : ""), body);
			}
			boolean same = difference == null;
			if (!same) {
				String items = resync(step.operation(), body);
				difference = new Difference(difference.category(), difference.where(), difference.request(),
						difference.dynalite(), difference.engine(), items);
				this.categories.merge(difference.category(), 1, Integer::sum);
				if (this.known.explain(difference) != null) {
					this.explained.add(difference);
				}
				else {
					this.unexplained.add(difference);
				}
			}
			if (!step.paged() || !same || !expected.ok() || expected.tree().get("LastEvaluatedKey") == null) {
				return;
			}
			@SuppressWarnings("unchecked")
			Map<String, Object> request = new LinkedHashMap<>(Json.parseObject(body.getBytes(StandardCharsets.UTF_8)));
			request.put("ExclusiveStartKey", expected.tree().get("LastEvaluatedKey"));
			body = Generator.json(request);
		}
	}

	/**
	 * The item an update wrote, as each server stored it; null when they agree (or the
	 * request names no readable key).
	 */
	private Difference storedItem(String where, String body) {
		Map<String, Object> request = Json.parseObject(body.getBytes(StandardCharsets.UTF_8));
		Map<String, Object> get = new LinkedHashMap<>();
		get.put("TableName", request.get("TableName"));
		get.put("Key", request.get("Key"));
		get.put("ConsistentRead", true);
		String read = Generator.json(get);
		Wire.Reply expected = this.reference.send("GetItem", read);
		Wire.Reply actual = this.candidate.send("GetItem", read);
		if (!expected.ok() || !actual.ok()) {
			return null;
		}
		Map<String, Object> e = Normalizer.normalize(expected, true);
		Map<String, Object> a = Normalizer.normalize(actual, true);
		return e.equals(a) ? null
				: new Difference("UpdateItem stored item", where, body, Normalizer.text(e), Normalizer.text(a), "");
	}

	/** Compares one pair of replies; null when they agree. */
	private Difference difference(String operation, String where, String body, Wire.Reply expected, Wire.Reply actual) {
		Map<String, Object> e = Normalizer.normalize(expected, true);
		Map<String, Object> a = Normalizer.normalize(actual, true);
		String category = null;
		if (!e.equals(a)) {
			category = operation + " " + what(e, a);
		}
		else {
			Map<String, Object> eText = Normalizer.normalize(expected, false);
			Map<String, Object> aText = Normalizer.normalize(actual, false);
			if (!eText.equals(aText)) {
				e = eText;
				a = aText;
				category = operation + " number form";
			}
		}
		if (category == null) {
			return null;
		}
		return new Difference(category, where, body, Normalizer.text(e), Normalizer.text(a), "");
	}

	/**
	 * What differs, most telling first: the status, the error's code, its message, or the
	 * members that differ.
	 */
	private static String what(Map<String, Object> e, Map<String, Object> a) {
		boolean eError = e.containsKey("__type") || e.containsKey("raw");
		boolean aError = a.containsKey("__type") || a.containsKey("raw");
		String eOutcome = eError ? String.valueOf(e.getOrDefault("__type", "HTTP " + e.get("status"))) : "ok";
		String aOutcome = aError ? String.valueOf(a.getOrDefault("__type", "HTTP " + a.get("status"))) : "ok";
		if (eError != aError || !Objects.equals(e.get("status"), a.get("status"))) {
			return "status " + eOutcome + " -> " + aOutcome;
		}
		if (eError) {
			if (!Objects.equals(e.get("__type"), a.get("__type"))) {
				return "error type " + eOutcome + " -> " + aOutcome;
			}
			if (!Objects.equals(e.get("message"), a.get("message"))) {
				return "error message " + eOutcome;
			}
		}
		List<String> differing = new ArrayList<>();
		paths("", e, a, differing);
		return String.join("+", differing);
	}

	/**
	 * The members that differ, by path ({@code Table.DeletionProtectionEnabled}); items
	 * and keys count as one member each, so that a category names what differs without
	 * the values.
	 */
	private static void paths(String prefix, Map<?, ?> e, Map<?, ?> a, List<String> out) {
		TreeSet<String> keys = new TreeSet<>();
		e.keySet().forEach((k) -> keys.add((String) k));
		a.keySet().forEach((k) -> keys.add((String) k));
		for (String key : keys) {
			Object ev = e.get(key);
			Object av = a.get(key);
			if (Objects.equals(ev, av)) {
				continue;
			}
			if (ev instanceof Map<?, ?> em && av instanceof Map<?, ?> am && !WHOLE.contains(key)) {
				paths(prefix + key + ".", em, am, out);
			}
			else if (ev instanceof List<?> el && av instanceof List<?> al && el.size() == al.size()
					&& !WHOLE.contains(key) && !el.isEmpty() && el.get(0) instanceof Map<?, ?>) {
				for (int i = 0; i < el.size(); i++) {
					if (el.get(i) instanceof Map<?, ?> em && al.get(i) instanceof Map<?, ?> am) {
						paths(prefix + key + "[].", em, am, out);
					}
				}
			}
			else if (!out.contains(prefix + key)) {
				out.add(prefix + key);
			}
		}
	}

	/**
	 * Makes the candidate's copy of every item the request may have written equal to the
	 * reference's.
	 */
	@SuppressWarnings("unchecked")
	private String resync(String operation, String body) {
		Map<String, Object> request;
		try {
			request = Json.parseObject(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (DynamoException ex) {
			return "";
		}
		List<Object[]> keys = new ArrayList<>();
		switch (operation) {
			case "PutItem" -> addKey(keys, request.get("TableName"), request.get("Item"));
			case "UpdateItem", "DeleteItem" -> addKey(keys, request.get("TableName"), request.get("Key"));
			case "BatchWriteItem" -> {
				if (request.get("RequestItems") instanceof Map<?, ?> items) {
					items.forEach((table, writes) -> {
						if (writes instanceof List<?> list) {
							for (Object write : list) {
								if (write instanceof Map<?, ?> w) {
									Object put = w.get("PutRequest");
									Object delete = w.get("DeleteRequest");
									if (put instanceof Map<?, ?> p) {
										addKey(keys, table, p.get("Item"));
									}
									if (delete instanceof Map<?, ?> d) {
										addKey(keys, table, d.get("Key"));
									}
								}
							}
						}
					});
				}
			}
			default -> {
			}
		}
		StringBuilder items = new StringBuilder();
		for (Object[] key : keys) {
			String table = (String) key[0];
			Map<String, Object> get = new LinkedHashMap<>();
			get.put("TableName", table);
			get.put("Key", key[1]);
			get.put("ConsistentRead", true);
			Wire.Reply current = this.reference.send("GetItem", Generator.json(get));
			if (!current.ok()) {
				continue;
			}
			Object item = current.tree().get("Item");
			items.append((items.length() > 0) ? " " : "")
				.append(Normalizer.text(Map.of("Item", (item != null) ? item : "absent")));
			if (item != null) {
				Wire.Reply copied = this.candidate.send("PutItem",
						Generator.json(Map.of("TableName", table, "Item", item)));
				if (!copied.ok()) {
					// the candidate refuses the item dynalite took (an empty index key,
					// say):
					// neither keeps it, so that the next requests meet the same state
					this.reference.send("DeleteItem", Generator.json(Map.of("TableName", table, "Key", key[1])));
					this.candidate.send("DeleteItem", Generator.json(Map.of("TableName", table, "Key", key[1])));
				}
			}
			else {
				this.candidate.send("DeleteItem", Generator.json(Map.of("TableName", table, "Key", key[1])));
			}
		}
		return items.toString();
	}

	/**
	 * Waits until dynalite lists the tables as ACTIVE: it answers CreateTable before its
	 * store holds the table, and a request at once after may find no table (seen in
	 * runs).
	 */
	private void awaitActive(List<Schemas.Table> tables) {
		for (Schemas.Table table : tables) {
			for (int attempt = 0; attempt < 100; attempt++) {
				Wire.Reply reply = this.reference.send("DescribeTable", "{\"TableName\":\"" + table.name() + "\"}");
				if (reply.ok() && reply.tree().get("Table") instanceof Map<?, ?> description
						&& "ACTIVE".equals(description.get("TableStatus"))) {
					break;
				}
				try {
					Thread.sleep(10);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	private void addKey(List<Object[]> keys, Object tableName, Object attributes) {
		if (!(attributes instanceof Map<?, ?> map)) {
			return;
		}
		for (Schemas.Table table : this.tables) {
			if (table.name().equals(tableName)) {
				Map<String, Object> key = new LinkedHashMap<>();
				key.put(table.hash().name(), map.get(table.hash().name()));
				if (table.range() != null) {
					key.put(table.range().name(), map.get(table.range().name()));
				}
				if (!key.containsValue(null)) {
					keys.add(new Object[] { table.name(), key });
				}
			}
		}
	}

	private static String outcome(Wire.Reply reply) {
		if (reply.ok()) {
			return "ok";
		}
		String code = reply.errorCode();
		return (code != null) ? code : "HTTP " + reply.status();
	}

	private static String message(Wire.Reply reply) {
		if (reply.tree() == null) {
			return "";
		}
		Object message = reply.tree().containsKey("message") ? reply.tree().get("message")
				: reply.tree().get("Message");
		// the message without the values in it, so that alike errors count together
		if (message == null) {
			return "";
		}
		String shape = message.toString().replaceAll("'[^']*'|\"[^\"]*\"|\\d+", "_");
		return (shape.length() > 110) ? shape.substring(0, 110) : shape;
	}

	/** How dynalite answered, by operation, error code and message shape. */
	Map<String, Integer> messages() {
		return this.messages;
	}

	/** How dynalite answered, by operation and error code: what the run covered. */
	Map<String, Integer> outcomes() {
		return this.outcomes;
	}

	/** Time spent waiting for the reference's answers, in milliseconds. */
	long referenceMillis() {
		return this.referenceNanos / 1_000_000;
	}

	/** Time spent waiting for the candidate's answers, in milliseconds. */
	long candidateMillis() {
		return this.candidateNanos / 1_000_000;
	}

	int sent() {
		return this.sent;
	}

	int compared() {
		return this.compared;
	}

	/** Differences no known-differences entry explains. */
	List<Difference> unexplained() {
		return this.unexplained;
	}

	List<Difference> explained() {
		return this.explained;
	}

	/** Every difference by category, explained or not. */
	Map<String, Integer> categories() {
		return this.categories;
	}

}
