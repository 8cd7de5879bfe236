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

	/** The entry that explains the difference, counted as hit, or {@code null}. */
	Entry explain(Difference difference) {
		for (Entry entry : this.entries) {
			if (entry.matches(difference)) {
				this.hits.merge(entry.id(), 1, Integer::sum);
				return entry;
			}
		}
		return null;
	}

	List<Entry> entries() {
		return this.entries;
	}

	/** How often each entry explained a difference. */
	Map<String, Integer> hits() {
		return this.hits;
	}

}
