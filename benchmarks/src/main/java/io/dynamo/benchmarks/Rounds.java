/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The machinery of the runs in rounds ({@link OverheadRounds},
 * {@link TransactionRounds}): the contenders of one operation take turns in short rounds
 * in the same JVM, the order rotating from round to round, and each round gives each
 * contender's time per call and the bytes it allocated per call on the calling thread.
 * The figures are then taken over the rounds: the median of each round's ratio of times
 * against a baseline contender, with its spread. A machine that slows down for a while
 * slows every contender of the rounds it spans; a round's ratio compares calls made
 * within a second of each other.
 *
 * @author dynamo-spring-boot authors
 */
final class Rounds {

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private static final int CALLS_PER_CHECK = 20;

	private Rounds() {
	}

	/**
	 * Call every contender of every operation in turn, 50 calls at a time, for the given
	 * time, so that the JIT has compiled all of them before any is measured.
	 * @param operations the contenders of each operation
	 * @param seconds the time to spend
	 */
	static void warmUp(Collection<List<Supplier<Object>>> operations, int seconds) {
		long end = System.nanoTime() + seconds * 1_000_000_000L;
		Object sink = null;
		while (System.nanoTime() < end) {
			for (List<Supplier<Object>> contenders : operations) {
				for (Supplier<Object> call : contenders) {
					for (int i = 0; i < 50; i++) {
						sink = call.get();
					}
				}
			}
		}
		if (sink == null) {
			throw new IllegalStateException("no call returned a value");
		}
	}

	/**
	 * Let the contenders take turns: in each round each contender calls for
	 * {@code roundNanos}, starting with contender {@code round % count}.
	 * @param contenders the contenders
	 * @param rounds the number of rounds
	 * @param roundNanos the time per contender and round
	 * @return the time and bytes per call of each contender in each round
	 */
	static Measurement measure(List<Supplier<Object>> contenders, int rounds, long roundNanos) {
		int count = contenders.size();
		double[][] nanosPerCall = new double[count][rounds];
		double[][] bytesPerCall = new double[count][rounds];
		Object sink = null;
		for (int round = 0; round < rounds; round++) {
			for (int turn = 0; turn < count; turn++) {
				int contender = (round + turn) % count;
				Supplier<Object> call = contenders.get(contender);
				long calls = 0;
				long bytesBefore = THREADS.getCurrentThreadAllocatedBytes();
				long start = System.nanoTime();
				long end = start + roundNanos;
				long now;
				do {
					for (int i = 0; i < CALLS_PER_CHECK; i++) {
						sink = call.get();
					}
					calls += CALLS_PER_CHECK;
					now = System.nanoTime();
				}
				while (now < end);
				long bytes = THREADS.getCurrentThreadAllocatedBytes() - bytesBefore;
				nanosPerCall[contender][round] = (double) (now - start) / calls;
				bytesPerCall[contender][round] = (double) bytes / calls;
			}
		}
		if (sink == null) {
			throw new IllegalStateException("no call returned a value");
		}
		return new Measurement(nanosPerCall, bytesPerCall);
	}

	/**
	 * The 1-, 5- and 15-minute load averages of the machine.
	 * @return the first three fields of {@code /proc/loadavg}, or {@code "unknown"}
	 */
	static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
			return String.join(" ", Arrays.copyOf(fields, Math.min(3, fields.length)));
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	static double[] ratios(double[] contender, double[] baseline) {
		double[] ratios = new double[contender.length];
		for (int i = 0; i < ratios.length; i++) {
			ratios[i] = contender[i] / baseline[i];
		}
		return ratios;
	}

	static double median(double[] values) {
		return percentile(values, 0.5);
	}

	static double percentile(double[] values, double fraction) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double position = fraction * (sorted.length - 1);
		int lower = (int) Math.floor(position);
		int upper = (int) Math.ceil(position);
		return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
	}

	static double min(double[] values) {
		return Arrays.stream(values).min().orElse(Double.NaN);
	}

	static double max(double[] values) {
		return Arrays.stream(values).max().orElse(Double.NaN);
	}

	static double round3(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

	/**
	 * What the rounds measured.
	 *
	 * @param nanosPerCall each contender's time per call in each round
	 * @param bytesPerCall each contender's bytes allocated per call in each round
	 */
	record Measurement(double[][] nanosPerCall, double[][] bytesPerCall) {

		/**
		 * Each round's ratio of one contender's time per call to another's.
		 * @param contender the contender's index
		 * @param baseline the baseline's index
		 * @return one ratio per round
		 */
		double[] ratios(int contender, int baseline) {
			return Rounds.ratios(this.nanosPerCall[contender], this.nanosPerCall[baseline]);
		}

		double opsPerSecond(int contender) {
			return 1e9 / median(this.nanosPerCall[contender]);
		}

		double bytesPerCall(int contender) {
			return median(this.bytesPerCall[contender]);
		}

	}

}
