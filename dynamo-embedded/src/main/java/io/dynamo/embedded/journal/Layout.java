/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of a data directory: {@code journal-<n>.log} (changes appended since snapshot
 * n was cut) and {@code snapshot-<n>.snap} (the state before journal n). A snapshot is
 * written as {@code .tmp} and renamed, so a snapshot file is always whole.
 */
final class Layout {

	private final Path directory;

	Layout(Path directory) {
		this.directory = directory;
	}

	Path directory() {
		return this.directory;
	}

	Path journal(long generation) {
		return this.directory.resolve(String.format("journal-%012d.log", generation));
	}

	Path snapshot(long generation) {
		return this.directory.resolve(String.format("snapshot-%012d.snap", generation));
	}

	Path snapshotTemp(long generation) {
		return this.directory.resolve(String.format("snapshot-%012d.snap.tmp", generation));
	}

	Path lock() {
		return this.directory.resolve("engine.lock");
	}

	/** The journals by generation. */
	TreeMap<Long, Path> journals() throws IOException {
		return list("journal-", ".log");
	}

	/** The whole snapshots by generation. */
	TreeMap<Long, Path> snapshots() throws IOException {
		return list("snapshot-", ".snap");
	}

	/** Removes snapshots that were being written when the process stopped. */
	void removeTemporaries() throws IOException {
		List<Path> temporaries = new ArrayList<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			files.filter((file) -> file.getFileName().toString().endsWith(".tmp")).forEach(temporaries::add);
		}
		for (Path file : temporaries) {
			Files.deleteIfExists(file);
		}
	}

	/** Makes the directory's entries (new, renamed, removed files) durable. */
	void syncDirectory() throws IOException {
		try (FileChannel channel = FileChannel.open(this.directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			// some file systems cannot open a directory; their renames are durable anyway
		}
	}

	private TreeMap<Long, Path> list(String prefix, String suffix) throws IOException {
		TreeMap<Long, Path> found = new TreeMap<>();
		try (Stream<Path> files = Files.list(this.directory)) {
			files.forEach((file) -> {
				String name = file.getFileName().toString();
				if (name.startsWith(prefix) && name.endsWith(suffix)) {
					String number = name.substring(prefix.length(), name.length() - suffix.length());
					try {
						found.put(Long.parseLong(number), file);
					}
					catch (NumberFormatException ex) {
						// not one of ours
					}
				}
			});
		}
		return found;
	}

}
