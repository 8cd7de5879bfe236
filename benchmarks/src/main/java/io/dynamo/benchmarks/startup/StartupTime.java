/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Load run: cold start-up time to a ready application context with ten entities, the
 * starter's auto-configuration ({@code DynamoStartupApp}, and
 * {@code RepositoriesStartupApp} with a repository per entity) against the same
 * application wiring the SDK clients by hand ({@code HandWiredStartupApp}). Each
 * measurement is a fresh JVM; the two alternate, after one unmeasured start each (to fill
 * the file-system cache); medians are reported.
 * <p>
 * Arguments: {@code [result json] [runs per application=10]}.
 *
 * @author dynamo-spring-boot authors
 */
public final class StartupTime {

	private StartupTime() {
	}

	/**
	 * Start both applications {@code runs} times each.
	 * @param args {@code [result json] [runs]}
	 * @throws Exception if a start fails
	 */
	public static void main(String[] args) throws Exception {
		String file = (args.length > 0) ? args[0] : "benchmarks/results/startup.json";
		int runs = (args.length > 1) ? Integer.parseInt(args[1]) : 10;
		String[] apps = { "dynamo", "repositories", "manual" };
		for (String app : apps) {
			start(app);
		}
		Map<String, List<long[]>> times = new LinkedHashMap<>();
		for (int run = 0; run < runs; run++) {
			for (int i = 0; i < apps.length; i++) {
				// alternate which one goes first
				String app = apps[(run + i) % apps.length];
				times.computeIfAbsent(app, (key) -> new ArrayList<>()).add(start(app));
			}
		}
		List<Map<String, Object>> records = new ArrayList<>();
		for (String app : apps) {
			List<long[]> measured = times.get(app);
			Map<String, Object> record = new LinkedHashMap<>();
			record.put("group", "startup");
			record.put("contender", app);
			record.put("runs", measured.size());
			record.put("runMillis", measured.stream().map((t) -> t[0]).toList());
			record.put("jvmMillis", measured.stream().map((t) -> t[1]).toList());
			record.put("medianRunMillis", median(measured, 0));
			record.put("medianJvmMillis", median(measured, 1));
			record.put("entities", measured.get(0)[2]);
			records.add(record);
			System.out.printf("%-12s median %d ms in SpringApplication.run, %d ms since JVM start (%d runs)%n", app,
					median(measured, 0), median(measured, 1), measured.size());
		}
		Path path = Path.of(file);
		if (path.getParent() != null) {
			Files.createDirectories(path.getParent());
		}
		new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(path.toFile(), records);
		System.out.println("wrote " + path);
	}

	private static long[] start(String app) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), StartupProbe.class.getName(), app);
		builder.environment().put("AWS_EC2_METADATA_DISABLED", "true");
		builder.redirectErrorStream(true);
		Process process = builder.start();
		String result = null;
		StringBuilder output = new StringBuilder();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				output.append(line).append('\n');
				if (line.startsWith("STARTUP ")) {
					result = line;
				}
			}
		}
		if (process.waitFor() != 0 || result == null) {
			throw new IllegalStateException("Start-up of '" + app + "' failed:\n" + output);
		}
		String[] parts = result.split(" ");
		return new long[] { Long.parseLong(parts[2]), Long.parseLong(parts[3]), Long.parseLong(parts[4]) };
	}

	private static long median(List<long[]> times, int index) {
		long[] values = times.stream().mapToLong((t) -> t[index]).sorted().toArray();
		int middle = values.length / 2;
		return ((values.length % 2) == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

}
