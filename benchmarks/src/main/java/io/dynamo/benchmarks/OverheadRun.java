/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import io.dynamo.benchmarks.model.Workload;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ClientOverheadBenchmark} and {@link SchemaBuildBenchmark} in this JVM (JMH
 * without forks) after warming every contender up together. The SDK's request pipeline
 * needs 15 to 20 seconds of compilation on two cores before it reaches its steady state;
 * a JVM fork per benchmark (72 of them) would spend most of the time budget warming up,
 * and short warm-ups per fork measure the compiler, not the code.
 * <p>
 * Arguments: {@code [result json] [warm-up seconds per size=8] [measured iterations=3]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class OverheadRun {

	private OverheadRun() {
	}

	/**
	 * Warm up, then run the benchmarks with the GC profiler.
	 * @param args {@code [result json] [warm-up seconds per size] [iterations]}
	 * @throws Exception if a run fails
	 */
	public static void main(String[] args) throws Exception {
		String result = (args.length > 0) ? args[0] : "benchmarks/results/overhead.json";
		int warmUpSeconds = (args.length > 1) ? Integer.parseInt(args[1]) : 8;
		int iterations = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		warmUp(warmUpSeconds);
		Options options = new OptionsBuilder().include(ClientOverheadBenchmark.class.getName() + "\\.")
			.include(SchemaBuildBenchmark.class.getName() + "\\.")
			.forks(0)
			.warmupIterations(1)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(iterations)
			.measurementTime(TimeValue.seconds(1))
			.addProfiler(GCProfiler.class)
			.resultFormat(ResultFormatType.JSON)
			.result(result)
			.build();
		new Runner(options).run();
	}

	private static void warmUp(int seconds) throws Exception {
		Blackhole blackhole = new Blackhole(
				"Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
		List<Method> operations = new ArrayList<>();
		for (Method method : OverheadContenders.class.getDeclaredMethods()) {
			if (method.getName().matches("(get|put|update|query)[A-Z].*") && !method.getName().equals("queryRequest")) {
				method.setAccessible(true);
				operations.add(method);
			}
		}
		for (String size : new String[] { "tiny", "small", "large" }) {
			OverheadContenders<?> contenders = new OverheadContenders<>(Workload.named(size));
			long end = System.nanoTime() + seconds * 1_000_000_000L;
			long calls = 0;
			while (System.nanoTime() < end) {
				for (Method operation : operations) {
					Object result = (operation.getParameterCount() == 1) ? operation.invoke(contenders, blackhole)
							: operation.invoke(contenders);
					blackhole.consume(result);
					calls++;
				}
			}
			contenders.close();
			System.out.printf("warm-up %s: %,d calls of %d operations in %d s%n", size, calls, operations.size(),
					seconds);
		}
	}

}
