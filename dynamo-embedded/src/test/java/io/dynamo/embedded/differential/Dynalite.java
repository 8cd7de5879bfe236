/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Assumptions;

/**
 * dynalite (the npm package pinned in {@code src/test/dynalite}) run as a child
 * {@code node} process on a free loopback port. Without {@code node}, or without the
 * package installed from the lock file ({@code npm ci}, which {@code .ci/run} runs), the
 * calling test is skipped with the reason, unless the environment variable {@code CI} is
 * {@code true}: there a missing Node.js or dynalite is a broken build, not a reason to
 * skip.
 */
final class Dynalite implements AutoCloseable {

	private final Process process;

	private final URI endpoint;

	private Dynalite(Process process, int port) {
		this.process = process;
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/");
	}

	/**
	 * Starts dynalite, installing it first when needed.
	 * @return the running server; close it to stop the process
	 */
	static Dynalite start() {
		Path folder = folder();
		Optional<Path> node = executable("node");
		if (node.isEmpty()) {
			skip("Node.js (node) is not on the PATH: the differential suite against dynalite needs it");
		}
		if (!installed(folder)) {
			skip("dynalite is not installed, or was installed from another lock file: run npm ci in " + folder);
		}
		try {
			// never the inherited streams: Maven's forked test JVM talks to Maven over
			// its stdout
			Process process = new ProcessBuilder(node.get().toString(), "server.js").directory(folder.toFile())
				.redirectError(logFile("dynalite.log").toFile())
				.start();
			int port = readPort(process);
			return new Dynalite(process, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start dynalite", ex);
		}
	}

	/** The base address, {@code http://127.0.0.1:port/}. */
	URI endpoint() {
		return this.endpoint;
	}

	@Override
	public void close() {
		try {
			// server.js exits when its standard input closes
			this.process.getOutputStream().close();
			if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
				this.process.destroy();
				if (!this.process.waitFor(5, TimeUnit.SECONDS)) {
					this.process.destroyForcibly();
				}
			}
		}
		catch (IOException ex) {
			this.process.destroyForcibly();
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	private static int readPort(Process process) throws IOException {
		BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<String> line = CompletableFuture.supplyAsync(() -> {
			try {
				String read;
				while ((read = reader.readLine()) != null) {
					if (read.startsWith("PORT ")) {
						return read.substring(5).trim();
					}
				}
				return null;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		try {
			String port = line.get(60, TimeUnit.SECONDS);
			if (port == null) {
				throw new IllegalStateException(
						"dynalite exited before printing its port (exit code " + process.waitFor() + ")");
			}
			return Integer.parseInt(port);
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while dynalite started", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroyForcibly();
			throw new IllegalStateException("dynalite did not print its port", ex);
		}
	}

	private static void skip(String reason) {
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(reason + " (CI=true, so this is a failure, not a skip)");
		}
		Assumptions.abort(reason);
	}

	private static boolean installed(Path folder) {
		// npm ci writes node_modules/.package-lock.json; a lock file changed since is
		// newer
		Path installed = folder.resolve("node_modules").resolve(".package-lock.json");
		try {
			return Files.isRegularFile(installed) && Files.isDirectory(folder.resolve("node_modules/dynalite"))
					&& Files.getLastModifiedTime(installed)
						.compareTo(Files.getLastModifiedTime(folder.resolve("package-lock.json"))) >= 0;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * A file under {@code target/differential}, for output nobody reads unless it fails.
	 */
	static Path logFile(String name) throws IOException {
		Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "differential");
		Files.createDirectories(dir);
		return dir.resolve(name);
	}

	private static Path folder() {
		// Maven runs tests in the module's folder; basedir is set when run from elsewhere
		String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
		Path folder = Path.of(basedir, "src", "test", "dynalite");
		if (!Files.isRegularFile(folder.resolve("server.js"))) {
			folder = Path.of(basedir, "dynamo-embedded", "src", "test", "dynalite");
		}
		if (!Files.isRegularFile(folder.resolve("server.js"))) {
			throw new IllegalStateException("Cannot find src/test/dynalite/server.js from " + basedir);
		}
		return folder.toAbsolutePath();
	}

	private static Optional<Path> executable(String name) {
		String path = System.getenv("PATH");
		if (path == null) {
			return Optional.empty();
		}
		for (String entry : List.of(path.split(File.pathSeparator))) {
			Path candidate = Path.of(entry, name);
			if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

}
