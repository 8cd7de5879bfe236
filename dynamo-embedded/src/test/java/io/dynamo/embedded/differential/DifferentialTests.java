/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The independent check: seeded random request sequences sent to dynalite and to the
 * engine's HTTP server, their normalized responses compared. The suite passes when every
 * difference is one that {@code differential/known-differences.txt} lists with its
 * reason.
 *
 * <p>
 * System properties: {@code differential.seed} (a number, or {@code random}; the default
 * is fixed so that a build is reproducible), {@code differential.requests} (5,000 in the
 * build, about 15 seconds; 20,000 for a full run). Skipped, with the reason, when Node.js
 * or the installed dynalite ({@code npm ci} in {@code src/test/dynalite}) is missing.
 */
class DifferentialTests {

	private static final long DEFAULT_SEED = 20260101L;

	private static Dynalite dynalite;

	private static DynamoEngine engine;

	private static DynamoHttpServer server;

	/** Why the suite cannot run here (no Node.js, dynalite not installed), or null. */
	private static String unavailable;

	@BeforeAll
	static void start() {
		try {
			dynalite = Dynalite.start();
		}
		catch (TestAbortedException ex) {
			// an abort here would skip the class without a word in Maven's report
			unavailable = ex.getMessage();
			System.out.println("DifferentialTests skipped: " + unavailable);
			return;
		}
		engine = DynamoEngine.inMemory();
		server = engine.startHttpServer(0);
	}

	@BeforeEach
	void requireDynalite() {
		Assumptions.assumeTrue(unavailable == null, () -> unavailable);
	}

	@AfterAll
	static void stop() {
		if (server != null) {
			server.close();
		}
		if (engine != null) {
			engine.close();
		}
		if (dynalite != null) {
			dynalite.close();
		}
	}

	@Test
	void engineAnswersAsDynaliteDoesExceptForKnownDifferences() throws IOException {
		long seed = seed();
		int requests = Integer.getInteger("differential.requests", 5_000);
		KnownDifferences known = KnownDifferences.load();
		DifferentialRun run = new DifferentialRun(new Wire(dynalite.endpoint()), new Wire(server.endpoint()), known);
		long started = System.nanoTime();
		run.run(seed, requests);
		long millis = (System.nanoTime() - started) / 1_000_000;
		Path report = writeReport(run, known, seed, millis);
		writeOutcomes(run, "outcomes.txt");
		System.out.println(summary(run, known, seed, millis, report));
		assertThat(run.compared()).isGreaterThanOrEqualTo(requests);
		List<String> unlisted = run.unexplained()
			.stream()
			.limit(10)
			.map((d) -> d.category() + " at " + d.where() + "\n  request  " + cut(d.request()) + "\n  dynalite "
					+ cut(d.dynalite()) + "\n  engine   " + cut(d.engine()) + "\n  items    " + cut(d.items()))
			.toList();
		assertThat(unlisted).as("differences not listed in known-differences.txt (the first 10; all in %s)", report)
			.isEmpty();
	}

	/**
	 * The harness checks itself: two dynalites given the same sequence answer alike, so
	 * the generator is deterministic and the normalization drops what differs between two
	 * servers and nothing else.
	 */
	@Test
	void twoDynalitesAnswerAlike() {
		try (Dynalite second = Dynalite.start()) {
			DifferentialRun run = new DifferentialRun(new Wire(dynalite.endpoint()), new Wire(second.endpoint()),
					KnownDifferences.none());
			run.run(seed() + 1, 1_500);
			System.out.println(summary(run, KnownDifferences.none(), seed() + 1, 0, Path.of("(none)")));
			writeOutcomes(run, "self-check-outcomes.txt");
			assertThat(run.compared()).isGreaterThanOrEqualTo(1_500);
			assertThat(run.unexplained()).extracting(Difference::toString).isEmpty();
		}
	}

	private static long seed() {
		String property = System.getProperty("differential.seed");
		if (property == null || property.isBlank()) {
			return DEFAULT_SEED;
		}
		if (property.equals("random")) {
			return ThreadLocalRandom.current().nextLong();
		}
		return Long.parseLong(property);
	}

	private static String summary(DifferentialRun run, KnownDifferences known, long seed, long millis, Path report) {
		StringBuilder out = new StringBuilder();
		out.append("=== Differential run against dynalite, seed ")
			.append(seed)
			.append(" (-Ddifferential.seed=")
			.append(seed)
			.append(" replays it)\n");
		out.append("requests sent:       ")
			.append(run.sent())
			.append(" to each server, in ")
			.append(millis)
			.append(" ms (waiting for dynalite ")
			.append(run.referenceMillis())
			.append(" ms, for the engine ")
			.append(run.candidateMillis())
			.append(" ms)\n");
		out.append("responses compared:  ").append(run.compared()).append('\n');
		out.append("differences found:   ")
			.append(run.explained().size() + run.unexplained().size())
			.append(" (")
			.append(run.unexplained().size())
			.append(" not listed as known)\n");
		run.categories()
			.forEach((category, count) -> out.append("  ")
				.append(String.format("%6d", count))
				.append("  ")
				.append(category)
				.append('\n'));
		out.append("dynalite's answers (what the run covered):\n");
		run.outcomes()
			.forEach((outcome, count) -> out.append("  ")
				.append(String.format("%6d", count))
				.append("  ")
				.append(outcome)
				.append('\n'));
		out.append("known differences hit:\n");
		for (KnownDifferences.Entry entry : known.entries()) {
			out.append("  ")
				.append(String.format("%6d", known.hits().getOrDefault(entry.id(), 0)))
				.append("  ")
				.append(entry.id())
				.append(": ")
				.append(entry.reason())
				.append('\n');
		}
		out.append("every difference: ").append(report);
		return out.toString();
	}

	private static Path writeReport(DifferentialRun run, KnownDifferences known, long seed, long millis)
			throws IOException {
		Path report = Dynalite.logFile("differences.txt");
		StringBuilder out = new StringBuilder();
		out.append("# seed ")
			.append(seed)
			.append(", ")
			.append(run.compared())
			.append(" responses compared in ")
			.append(millis)
			.append(" ms\n");
		Map<String, List<Difference>> unexplained = run.unexplained()
			.stream()
			.collect(Collectors.groupingBy(Difference::category, java.util.TreeMap::new, Collectors.toList()));
		out.append("\n## Not listed as known: ").append(run.unexplained().size()).append('\n');
		unexplained.forEach((category, list) -> {
			out.append("\n### ").append(category).append(" (").append(list.size()).append(")\n");
			list.stream().limit(50).forEach((d) -> append(out, d));
		});
		Map<String, List<Difference>> explained = run.explained()
			.stream()
			.collect(Collectors.groupingBy(Difference::category, java.util.TreeMap::new, Collectors.toList()));
		out.append("\n## Known: ").append(run.explained().size()).append('\n');
		explained.forEach((category, list) -> {
			out.append("\n### ").append(category).append(" (").append(list.size()).append(")\n");
			list.stream().limit(10).forEach((d) -> append(out, d));
		});
		Files.writeString(report, out);
		return report;
	}

	private static void writeOutcomes(DifferentialRun run, String name) {
		StringBuilder out = new StringBuilder("# how dynalite answered: count, operation, outcome, message shape\n");
		run.messages()
			.forEach((message, count) -> out.append(String.format("%6d  ", count)).append(message).append('\n'));
		try {
			Files.writeString(Dynalite.logFile(name), out);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static void append(StringBuilder out, Difference d) {
		out.append("- ")
			.append(d.where())
			.append("\n  request  ")
			.append(cut(d.request()))
			.append("\n  dynalite ")
			.append(cut(d.dynalite()))
			.append("\n  engine   ")
			.append(cut(d.engine()))
			.append('\n');
		if (!d.items().isEmpty()) {
			out.append("  items    ").append(cut(d.items())).append('\n');
		}
	}

	private static String cut(String text) {
		return (text.length() <= 3000) ? text : text.substring(0, 3000) + "... (" + text.length() + " characters)";
	}

}
