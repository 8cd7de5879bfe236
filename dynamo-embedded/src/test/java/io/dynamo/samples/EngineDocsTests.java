/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/engine.md} shows the tagged regions of {@link StandaloneEngineTests} word
 * for word (less their indentation), so that the page's samples are code that compiles
 * and runs.
 */
class EngineDocsTests {

	private static final Pattern REGION = Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n[ \\t]*// end::\\1\\[\\]",
			Pattern.DOTALL);

	@Test
	void everySampleRegionIsOnThePage() throws IOException {
		Path module = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
		String samples = Files.readString(module.resolve("src/test/java/io/dynamo/samples/StandaloneEngineTests.java"));
		String page = Files.readString(module.resolveSibling("docs").resolve("engine.md"));
		Matcher matcher = REGION.matcher(samples);
		List<String> regions = new ArrayList<>();
		while (matcher.find()) {
			regions.add(matcher.group(1));
			assertThat(page).as("docs/engine.md shows the region %s", matcher.group(1))
				.contains(dedent(matcher.group(2)));
		}
		assertThat(regions).containsExactly("imports", "in-process", "http", "faults");
	}

	private static String dedent(String text) {
		String[] lines = text.split("\n", -1);
		int indent = Integer.MAX_VALUE;
		for (String line : lines) {
			if (!line.isBlank()) {
				indent = Math.min(indent, line.length() - line.stripLeading().length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			out.append(lines[i].isBlank() ? "" : lines[i].substring(indent));
			if (i < lines.length - 1) {
				out.append('\n');
			}
		}
		return out.toString();
	}

}
