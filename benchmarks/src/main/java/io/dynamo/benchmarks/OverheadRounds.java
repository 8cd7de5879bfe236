/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import io.dynamo.benchmarks.model.Workload;
import io.dynamo.spring.core.DynamoTemplate;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The cost of the starter's instrumentation, measured so that drift falls on every
 * contender alike: the contenders of one operation take turns in short rounds in the same
 * JVM (the order rotating from round to round), and the figure is the median over the
 * rounds of each round's ratio of time per call against the raw client and against the
 * bare template, with its spread. A machine that slows down for a while slows every
 * contender of the rounds it spans; a round's ratio compares calls made within a second
 * of each other. Beside it, the bytes allocated per call on the calling thread, which do
 * not depend on the machine's load.
 * <p>
 * Contenders, all over the same {@link StubDynamoHttpClient} (see
 * {@link OverheadContenders}): the raw {@code DynamoDbClient} with hand mapping, the bare
 * {@code DynamoTemplate}, the template asking for consumed capacity and doing nothing
 * with it (what the SDK itself spends on the feature the meters and the limiter need),
 * the template with meters and rate limiter as the auto-configuration wires them, and the
 * same with the SDK's own metric publisher ({@code dynamo.metrics.sdk-metrics=true}), the
 * meters alone and the limiter alone, the meters that do not ask for consumed capacity
 * ({@code dynamo.metrics.consumed-capacity=false}), and the raw client asking for
 * consumed capacity itself (what the SDK spends on it with no code of ours on the path,
 * read against the raw client); for GetItem and Query also a repository over the bare
 * template ({@code findById} and the derived query {@code streamByPk}). Each contender's
 * ratio is given against the raw client, the bare template and the template asking for
 * consumed capacity.
 * <p>
 * Arguments:
 * {@code [result json] [rounds=21] [milliseconds per contender and round=150] [warm-up seconds per size=10] [sizes=tiny,small]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class OverheadRounds {

	private static final String[] CONTENDERS = { "raw", "template", "template+consumed-capacity",
			"template+meters+limiter", "template+meters+limiter+sdk-metrics", "template+meters", "template+limiter",
			"template+meters-without-capacity", "raw+consumed-capacity", "repository" };

	private static final String[] OPERATIONS = { "GetItem", "PutItem", "UpdateItem", "Query" };

	private OverheadRounds() {
	}

	/**
	 * Run the rounds and print and write the figures.
	 * @param args see the class description
	 * @throws Exception if writing the results fails
	 */
	public static void main(String[] args) throws Exception {
		String result = (args.length > 0) ? args[0] : "benchmarks/results/overhead-rounds.json";
		int rounds = (args.length > 1) ? Integer.parseInt(args[1]) : 21;
		long roundNanos = ((args.length > 2) ? Long.parseLong(args[2]) : 150) * 1_000_000L;
		int warmUpSeconds = (args.length > 3) ? Integer.parseInt(args[3]) : 10;
		String[] sizes = ((args.length > 4) ? args[4] : "tiny,small").split(",");
		Blackhole blackhole = new Blackhole(
				"Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
		Results results = new Results();
		System.out.printf("%d rounds of %d ms per contender; ratios: median [min - max] of per-round ratios of "
				+ "time per call%n", rounds, roundNanos / 1_000_000);
		for (String size : sizes) {
			OverheadContenders<?> contenders = new OverheadContenders<>(Workload.named(size.trim()));
			try {
				Map<String, List<Supplier<Object>>> calls = calls(contenders, blackhole);
				Rounds.warmUp(calls.values(), warmUpSeconds);
				for (String operation : OPERATIONS) {
					measure(size.trim(), operation, calls.get(operation), rounds, roundNanos, results);
				}
			}
			finally {
				contenders.close();
			}
		}
		results.write(result);
	}

	private static Map<String, List<Supplier<Object>>> calls(OverheadContenders<?> c, Blackhole blackhole) {
		Map<String, List<Supplier<Object>>> calls = new LinkedHashMap<>();
		DynamoTemplate meters = c.metersOnly();
		DynamoTemplate limiter = c.limiterOnly();
		DynamoTemplate uncounted = c.metersWithoutCapacity();
		calls.put("GetItem",
				List.of(c::getRaw, c::getDynamo, c::getDynamoCapacity, c::getDynamoObserved, c::getDynamoObservedSdk,
						() -> c.get(meters), () -> c.get(limiter), () -> c.get(uncounted), c::getRawCapacity,
						c::getRepository));
		calls.put("PutItem",
				List.of(c::putRaw, c::putDynamo, c::putDynamoCapacity, c::putDynamoObserved, c::putDynamoObservedSdk,
						() -> c.put(meters), () -> c.put(limiter), () -> c.put(uncounted), c::putRawCapacity));
		calls.put("UpdateItem",
				List.of(c::updateRaw, c::updateDynamo, c::updateDynamoCapacity, c::updateDynamoObserved,
						c::updateDynamoObservedSdk, () -> c.update(meters), () -> c.update(limiter),
						() -> c.update(uncounted), c::updateRawCapacity));
		Function<Function<Blackhole, Integer>, Supplier<Object>> query = (call) -> () -> call.apply(blackhole);
		calls.put("Query",
				List.of(query.apply(c::queryRaw), query.apply(c::queryDynamo), query.apply(c::queryDynamoCapacity),
						query.apply(c::queryDynamoObserved), query.apply(c::queryDynamoObservedSdk),
						query.apply((hole) -> c.query(meters, hole)), query.apply((hole) -> c.query(limiter, hole)),
						query.apply((hole) -> c.query(uncounted, hole)), query.apply(c::queryRawCapacity),
						query.apply(c::queryRepository)));
		return calls;
	}

	private static void measure(String size, String operation, List<Supplier<Object>> contenders, int rounds,
			long roundNanos, Results results) {
		Rounds.Measurement measured = Rounds.measure(contenders, rounds, roundNanos);
		for (int contender = 0; contender < contenders.size(); contender++) {
			double[] againstRaw = measured.ratios(contender, 0);
			double[] againstTemplate = measured.ratios(contender, 1);
			double[] againstCapacity = measured.ratios(contender, 2);
			double opsPerSecond = measured.opsPerSecond(contender);
			double bytes = measured.bytesPerCall(contender);
			Map<String, Object> record = results.add(size + " " + operation, CONTENDERS[contender]);
			record.put("rounds", rounds);
			record.put("opsPerSecondMedian", Math.round(opsPerSecond));
			record.put("ratioToRawMedian", Rounds.round3(Rounds.median(againstRaw)));
			record.put("ratioToRawP25", Rounds.round3(Rounds.percentile(againstRaw, 0.25)));
			record.put("ratioToRawP75", Rounds.round3(Rounds.percentile(againstRaw, 0.75)));
			record.put("ratioToRawMin", Rounds.round3(Rounds.min(againstRaw)));
			record.put("ratioToRawMax", Rounds.round3(Rounds.max(againstRaw)));
			record.put("ratioToTemplateMedian", Rounds.round3(Rounds.median(againstTemplate)));
			record.put("ratioToTemplateP25", Rounds.round3(Rounds.percentile(againstTemplate, 0.25)));
			record.put("ratioToTemplateP75", Rounds.round3(Rounds.percentile(againstTemplate, 0.75)));
			record.put("ratioToTemplateMin", Rounds.round3(Rounds.min(againstTemplate)));
			record.put("ratioToTemplateMax", Rounds.round3(Rounds.max(againstTemplate)));
			record.put("ratioToConsumedCapacityMedian", Rounds.round3(Rounds.median(againstCapacity)));
			record.put("ratioToConsumedCapacityP25", Rounds.round3(Rounds.percentile(againstCapacity, 0.25)));
			record.put("ratioToConsumedCapacityP75", Rounds.round3(Rounds.percentile(againstCapacity, 0.75)));
			record.put("bytesPerCall", Math.round(bytes));
			System.out.printf(
					"%-6s %-10s %-38s %,9.0f ops/s  vs raw %.3f [%.3f - %.3f]  vs template %.3f "
							+ "[%.3f - %.3f, quartiles %.3f - %.3f]  vs consumed-capacity %.3f  %,8d B/call%n",
					size, operation, CONTENDERS[contender], opsPerSecond, Rounds.median(againstRaw),
					Rounds.min(againstRaw), Rounds.max(againstRaw), Rounds.median(againstTemplate),
					Rounds.min(againstTemplate), Rounds.max(againstTemplate), Rounds.percentile(againstTemplate, 0.25),
					Rounds.percentile(againstTemplate, 0.75), Rounds.median(againstCapacity), Math.round(bytes));
		}
	}

}
