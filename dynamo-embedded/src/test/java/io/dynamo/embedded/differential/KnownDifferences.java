/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The differences between the engine and dynalite that are known and explained, read from
 * {@code differential/known-differences.txt} on the test class path. Each line is
 * {@code id | category | pattern | reason}: the category is a regular expression over the
 * difference's category ({@code PutItem error message}), the pattern one over its text
 * ({@code request=... dynalite=... engine=... items=...}, both found anywhere in it), and
 * the reason says why the difference is accepted. A difference no entry matches fails the
 * suite.
 */
final class KnownDifferences {

	/** One entry of the file. */
	record Entry(String id, Pattern category, Pattern pattern, String reason) {

		boolean matches(Difference difference) {
			return this.category.matcher(difference.category()).find()
					&& this.pattern.matcher(difference.text()).find();
		}

	}

	private final List<Entry> entries;

	private final Map<String, Integer> hits = new TreeMap<>();

	private KnownDifferences(List<Entry> entries) {
		this.entries = entries;
	}

	static KnownDifferences load() {
		try (InputStream in = KnownDifferences.class.getResourceAsStream("/differential/known-differences.txt")) {
			if (in == null) {
				throw new IllegalStateException("differential/known-differences.txt is not on the class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static KnownDifferences none() {
		return new KnownDifferences(List.of());
	}

	static KnownDifferences parse(String text) {
		List<Entry> entries = new ArrayList<>();
		int number = 0;
		for (String line : text.split("\n")) {
			number++;
			String trimmed = line.strip();
			if (trimmed.isEmpty() || trimmed.startsWith("#")) {
				continue;
			}
			String[] parts = trimmed.split(" \\| ", 4);
			if (parts.length != 4 || parts[3].isBlank()) {
				throw new IllegalStateException("known-differences.txt line " + number
						+ ": expected 'id | category | pattern | reason', got: " + line);
			}
			entries.add(new Entry(parts[0].strip(), Pattern.compile(parts[1].strip()),
					Pattern.compile(parts[2].strip(), Pattern.DOTALL), parts[3].strip()));
		}
		return new KnownDifferences(entries);
	}

	/**
	 * The entry that explains the difference, counted as hit, or {@code null}. A
	 * difference in several members ({@code UpdateItem Attributes+ConsumedCapacity.X})
	 * that no entry explains whole is explained when runs of its members are, each by an
	 * entry of its own (every entry used is counted).
	 */
	Entry explain(Difference difference) {
		Entry whole = match(difference);
		if (whole != null) {
			this.hits.merge(whole.id(), 1, Integer::sum);
			return whole;
		}
		List<Entry> parts = explainMembers(difference);
		if (parts == null) {
			return null;
		}
		parts.forEach((entry) -> this.hits.merge(entry.id(), 1, Integer::sum));
		return parts.get(0);
	}

	private Entry match(Difference difference) {
		for (Entry entry : this.entries) {
			if (entry.matches(difference)) {
				return entry;
			}
		}
		return null;
	}

	/** The entries explaining consecutive runs of the members, or null. */
	private List<Entry> explainMembers(Difference difference) {
		String category = difference.category();
		int space = category.indexOf(' ');
		if (space < 0 || category.contains(" -> ") || category.contains(" error ")) {
			return null;
		}
		String operation = category.substring(0, space);
		String[] members = category.substring(space + 1).split("\\+");
		if (members.length < 2) {
			return null;
		}
		// runs[i] holds the entries that explain members[0..i-1], or null when they
		// cannot be
		List<List<Entry>> runs = new ArrayList<>();
		runs.add(List.of());
		for (int i = 1; i <= members.length; i++) {
			runs.add(null);
		}
		for (int from = 0; from < members.length; from++) {
			if (runs.get(from) == null) {
				continue;
			}
			for (int to = from + 1; to <= members.length; to++) {
				String run = operation + " " + String.join("+", java.util.Arrays.asList(members).subList(from, to));
				Entry entry = match(new Difference(run, difference.where(), difference.request(), difference.dynalite(),
						difference.engine(), difference.items()));
				if (entry != null && runs.get(to) == null) {
					List<Entry> used = new ArrayList<>(runs.get(from));
					used.add(entry);
					runs.set(to, used);
				}
			}
		}
		return runs.get(members.length);
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** How often each entry explained a difference. */
	Map<String, Integer> hits() {
		return this.hits;
	}

}
