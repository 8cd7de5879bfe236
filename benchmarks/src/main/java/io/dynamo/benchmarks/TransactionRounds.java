/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Issue 12's speed goal measured so that drift falls on every contender alike: a
 * transaction of 10 small writes through {@code @Transactional}, through the programmatic
 * {@code transactWrite}, and as a hand-built {@code TransactWriteItems} on the raw client
 * (see {@link TransactionContenders}), taking turns in short rounds in the same JVM as
 * {@link OverheadRounds} does (see {@link Rounds}). The figure is the median over the
 * rounds of each round's ratio of time per transaction against the raw client, with its
 * quartiles and range; beside it the bytes allocated per transaction on the calling
 * thread, which do not depend on the machine's load. The goal is within 1.10 times the
 * raw client.
 * <p>
 * Arguments:
 * {@code [result json] [rounds=21] [milliseconds per contender and round=150] [warm-up seconds=20]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class TransactionRounds {

	private static final String GROUP = "TransactWriteItems of " + TransactionContenders.WRITES + " small puts";

	private static final String[] CONTENDERS = { "raw TransactWriteItems", "transactWrite", "@Transactional" };

	private TransactionRounds() {
	}

	/**
	 * Run the rounds and print and write the figures.
	 * @param args see the class description
	 * @throws Exception if writing the results fails
	 */
	public static void main(String[] args) throws Exception {
		String result = (args.length > 0) ? args[0] : "benchmarks/results/transaction-rounds.json";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 21;
		long roundNanos = ((args.length > 2) ? Long.parseLong(args[2]) : 150) * 1_000_000L;
		int warmUpSeconds = (args.length > 3) ? Integer.parseInt(args[3]) : 20;
		String loadBefore = Rounds.loadAverage();
		TransactionContenders contenders = new TransactionContenders();
		Rounds.Measurement measured;
		try {
			List<Supplier<Object>> calls = List.of(contenders::raw, contenders::programmatic, contenders::annotated);
			Rounds.warmUp(List.of(calls), warmUpSeconds);
			measured = Rounds.measure(calls, rounds, roundNanos);
		}
		finally {
			contenders.close();
		}
		String loadAfter = Rounds.loadAverage();
		System.out.printf(
				"%s, %d rounds of %d ms per contender, load average %s before, %s after; ratios: median "
						+ "[quartiles; min - max] of per-round ratios of time per transaction%n",
				GROUP, rounds, roundNanos / 1_000_000, loadBefore, loadAfter);
		Results results = new Results();
		double rawBytes = measured.bytesPerCall(0);
		for (int contender = 0; contender < CONTENDERS.length; contender++) {
			double[] againstRaw = measured.ratios(contender, 0);
			double opsPerSecond = measured.opsPerSecond(contender);
			double bytes = measured.bytesPerCall(contender);
			Map<String, Object> record = results.add(GROUP, CONTENDERS[contender]);
			record.put("rounds", rounds);
			record.put("millisecondsPerRound", roundNanos / 1_000_000);
			record.put("transactionsPerSecondMedian", Math.round(opsPerSecond));
			record.put("ratioToRawMedian", Rounds.round3(Rounds.median(againstRaw)));
			record.put("ratioToRawP25", Rounds.round3(Rounds.percentile(againstRaw, 0.25)));
			record.put("ratioToRawP75", Rounds.round3(Rounds.percentile(againstRaw, 0.75)));
			record.put("ratioToRawMin", Rounds.round3(Rounds.min(againstRaw)));
			record.put("ratioToRawMax", Rounds.round3(Rounds.max(againstRaw)));
			record.put("bytesPerTransaction", Math.round(bytes));
			record.put("bytesRatioToRaw", Rounds.round3(bytes / rawBytes));
			record.put("loadAverageBefore", loadBefore);
			record.put("loadAverageAfter", loadAfter);
			System.out.printf("%-22s %,8.0f tx/s  vs raw %.3f [quartiles %.3f - %.3f; %.3f - %.3f]  %,9d B/tx (%.3f)%n",
					CONTENDERS[contender], opsPerSecond, Rounds.median(againstRaw), Rounds.percentile(againstRaw, 0.25),
					Rounds.percentile(againstRaw, 0.75), Rounds.min(againstRaw), Rounds.max(againstRaw),
					Math.round(bytes), bytes / rawBytes);
		}
		results.write(result);
	}

}
