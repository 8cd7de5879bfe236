/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the Java samples of the README and {@code docs/} identical to compiled source
 * files that tests run. A sample is a fenced {@code java} block right after a marker
 * {@code <!-- sample: <path>[#tag] -->} naming a file under the repository root: the
 * block holds the file from its first import on, or the region between
 * {@code // tag::<tag>[]} and {@code // end::<tag>[]} after the file's imports that the
 * region uses. Run with {@code -Ddocs.update=true} to rewrite the blocks from the
 * sources.
 *
 * @author dynamo-spring-boot authors
 */
class DocumentationSamplesTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern SAMPLE = Pattern
		.compile("<!-- sample: ([^#\\s]+)(?:#(\\S+))? -->\\n```java\\n(.*?)```", Pattern.DOTALL);

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^```java$");

	// docs/embedded.md is written by the embedded server's owners; docs/engine.md is
	// checked by dynamo-embedded's EngineDocsTests against that module's sources
	private static final Set<String> UNCHECKED = Set.of("embedded.md", "engine.md");

	@Test
	void everySampleIsTheCompiledSourceItNames() throws IOException {
		boolean update = Boolean.getBoolean("docs.update");
		List<String> drifted = new ArrayList<>();
		int samples = 0;
		for (Path doc : documents()) {
			String text = Files.readString(doc, StandardCharsets.UTF_8);
			Matcher matcher = SAMPLE.matcher(text);
			StringBuilder rewritten = new StringBuilder();
			while (matcher.find()) {
				samples++;
				String expected = extract(ROOT.resolve(matcher.group(1)), matcher.group(2));
				if (!expected.equals(matcher.group(3))) {
					drifted.add(ROOT.relativize(doc) + ": " + matcher.group(1)
							+ ((matcher.group(2) != null) ? "#" + matcher.group(2) : ""));
				}
				matcher.appendReplacement(rewritten,
						Matcher.quoteReplacement("<!-- sample: " + matcher.group(1)
								+ ((matcher.group(2) != null) ? "#" + matcher.group(2) : "") + " -->\n```java\n"
								+ expected + "```"));
			}
			matcher.appendTail(rewritten);
			if (update) {
				Files.writeString(doc, rewritten.toString(), StandardCharsets.UTF_8);
			}
		}
		assertThat(samples).isPositive();
		if (!update) {
			assertThat(drifted).as("samples that differ from their source (run this test with -Ddocs.update=true)")
				.isEmpty();
		}
	}

	@Test
	void everyJavaBlockIsASample() throws IOException {
		List<String> unmarked = new ArrayList<>();
		for (Path doc : documents()) {
			if (UNCHECKED.contains(doc.getFileName().toString())) {
				continue;
			}
			String text = Files.readString(doc, StandardCharsets.UTF_8);
			int blocks = (int) JAVA_BLOCK.matcher(text).results().count();
			int samples = (int) SAMPLE.matcher(text).results().count();
			if (blocks != samples) {
				unmarked
					.add(ROOT.relativize(doc) + ": " + (blocks - samples) + " java block(s) without a sample marker");
			}
		}
		assertThat(unmarked).isEmpty();
	}

	@Test
	void everyTypeOfTheTypesPageIsInThePackageItNames() throws IOException {
		Pattern row = Pattern.compile("(?m)^\\| ((?:`[\\w.]+`(?:, )?)+) \\| `([\\w.]+)` \\|");
		Pattern name = Pattern.compile("`([\\w.]+)`");
		List<String> missing = new ArrayList<>();
		int types = 0;
		Matcher rows = row.matcher(Files.readString(ROOT.resolve("docs/types.md"), StandardCharsets.UTF_8));
		while (rows.find()) {
			Matcher names = name.matcher(rows.group(1));
			while (names.find()) {
				types++;
				String className = rows.group(2) + "." + names.group(1).replace('.', '$');
				try {
					Class.forName(className, false, getClass().getClassLoader());
				}
				catch (ClassNotFoundException ex) {
					missing.add(className);
				}
			}
		}
		assertThat(types).isGreaterThan(50);
		assertThat(missing).isEmpty();
	}

	private static List<Path> documents() throws IOException {
		List<Path> documents = new ArrayList<>();
		documents.add(ROOT.resolve("README.md"));
		try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
		}
		return documents;
	}

	static String extract(Path source, String tag) throws IOException {
		List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
		List<String> out = new ArrayList<>();
		if (tag == null) {
			boolean started = false;
			for (String line : lines) {
				started = started || line.startsWith("import ");
				if (started && !isTagLine(line)) {
					out.add(line);
				}
			}
		}
		else {
			int first = -1;
			int last = -1;
			for (int i = 0; i < lines.size(); i++) {
				if (lines.get(i).startsWith("import ")) {
					first = (first < 0) ? i : first;
					last = i;
				}
			}
			List<String> region = region(lines, tag, source);
			String code = String.join("\n", region);
			if (first >= 0) {
				// the imports the region uses, in the file's order and groups
				for (String line : lines.subList(first, last + 1)) {
					if (line.isEmpty() ? !out.isEmpty() && !out.get(out.size() - 1).isEmpty() : uses(code, line)) {
						out.add(line);
					}
				}
				if (!out.isEmpty() && !out.get(out.size() - 1).isEmpty()) {
					out.add("");
				}
			}
			out.addAll(region);
		}
		return String.join("\n", out).stripTrailing() + "\n";
	}

	private static List<String> region(List<String> lines, String tag, Path source) {
		int start = -1;
		int end = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).trim().equals("// tag::" + tag + "[]")) {
				start = i + 1;
			}
			else if (lines.get(i).trim().equals("// end::" + tag + "[]")) {
				end = i;
			}
		}
		assertThat(start).as("tag %s in %s", tag, source).isPositive();
		assertThat(end).as("end of tag %s in %s", tag, source).isGreaterThan(start);
		List<String> region = new ArrayList<>(lines.subList(start, end));
		region.removeIf(DocumentationSamplesTests::isTagLine);
		int indent = region.stream()
			.filter((line) -> !line.isBlank())
			.mapToInt((line) -> line.length() - line.stripLeading().length())
			.min()
			.orElse(0);
		return region.stream().map((line) -> line.isBlank() ? "" : line.substring(indent)).toList();
	}

	private static boolean uses(String code, String importLine) {
		String imported = importLine.substring(0, importLine.length() - 1);
		String name = imported.substring(imported.lastIndexOf('.') + 1);
		return Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(code).find();
	}

	private static boolean isTagLine(String line) {
		String trimmed = line.trim();
		return trimmed.startsWith("// tag::") || trimmed.startsWith("// end::");
	}

}
