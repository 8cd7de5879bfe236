/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.dynamo.embedded.protocol.Json;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's AWS CLI ({@code /usr/bin/aws}) pointed at an engine's HTTP server, as a client
 * the engine's authors did not write. It runs with dummy credentials and an empty home
 * and config, so the user's own AWS configuration never leaks into a test.
 */
public final class AwsCli {

	private static final Path AWS = Path.of("/usr/bin/aws");

	private final URI endpoint;

	private final Path home;

	/**
	 * A CLI for one endpoint.
	 * @param endpoint the engine's HTTP endpoint
	 * @param home an empty directory used as {@code HOME} and for the config files
	 */
	public AwsCli(URI endpoint, Path home) {
		this.endpoint = endpoint;
		this.home = home;
	}

	/**
	 * Skips the calling tests when the CLI is missing, except on CI, where
	 * {@code .ci/run} installs it and its absence is a failure.
	 */
	public static void require() {
		boolean present = Files.isExecutable(AWS);
		if (System.getenv("CI") != null) {
			assertThat(present).as("the AWS CLI at %s (installed by .ci/run)", AWS).isTrue();
		}
		Assumptions.assumeTrue(present,
				"the AWS CLI is not installed at " + AWS + " (Debian package awscli; .ci/run installs it on CI)");
	}

	/**
	 * Runs a command that must succeed and parses its JSON output.
	 * @param args the command, such as {@code dynamodb get-item ...}
	 * @return the output as a tree (an empty map when the command prints nothing)
	 */
	public Map<String, Object> json(String... args) {
		Result result = run(args);
		assertThat(result.exitCode()).as("exit code of aws %s, stderr: %s", String.join(" ", args), result.stderr())
			.isZero();
		String out = result.stdout().strip();
		return out.isEmpty() ? Map.of() : Json.parseObject(out.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Runs a command, successful or not.
	 * @param args the command
	 * @return its exit code and output
	 */
	public Result run(String... args) {
		List<String> command = new ArrayList<>(List.of(AWS.toString(), "--endpoint-url", this.endpoint.toString(),
				"--region", "us-east-1", "--output", "json"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		Map<String, String> env = builder.environment();
		env.keySet().removeIf((name) -> name.startsWith("AWS_"));
		env.put("HOME", this.home.toString());
		env.put("AWS_CONFIG_FILE", this.home.resolve("config").toString());
		env.put("AWS_SHARED_CREDENTIALS_FILE", this.home.resolve("credentials").toString());
		env.put("AWS_ACCESS_KEY_ID", "cli-test");
		env.put("AWS_SECRET_ACCESS_KEY", "cli-test-secret");
		env.put("AWS_EC2_METADATA_DISABLED", "true");
		env.put("AWS_PAGER", "");
		try {
			Process process = builder.start();
			process.getOutputStream().close();
			CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> read(process, true));
			String stdout = read(process, false);
			assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("aws %s finished", String.join(" ", args)).isTrue();
			return new Result(process.exitValue(), stdout, stderr.join());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String read(Process process, boolean error) {
		try {
			byte[] bytes = (error ? process.getErrorStream() : process.getInputStream()).readAllBytes();
			return new String(bytes, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What one CLI command did.
	 *
	 * @param exitCode the process's exit code (254 for an error the service returned)
	 * @param stdout its standard output
	 * @param stderr its standard error
	 */
	public record Result(int exitCode, String stdout, String stderr) {
	}

}
