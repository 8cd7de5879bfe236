/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the AWS CLI ({@code /usr/bin/aws}, Debian's {@code awscli}) against an endpoint,
 * as an independent client for cross-checks. Required on CI, where {@code .ci/run}
 * installs it; tests are skipped on a developer machine without it.
 *
 * @author dynamo-spring-boot authors
 */
public final class AwsCli {

	private static final Path AWS_CLI = Path.of("/usr/bin/aws");

	private AwsCli() {
	}

	/**
	 * Skip the calling test when the CLI is missing, except on CI where it must be there.
	 */
	public static void require() {
		boolean present = Files.isExecutable(AWS_CLI);
		if (System.getenv("CI") != null) {
			assertThat(present).as("the AWS CLI at %s (installed by .ci/run)", AWS_CLI).isTrue();
		}
		Assumptions.assumeTrue(present, "AWS CLI not installed at " + AWS_CLI);
	}

	/**
	 * Run the CLI and return its output with all white space removed.
	 * @param endpoint the DynamoDB endpoint
	 * @param args the CLI arguments, such as {@code dynamodb get-item ...}
	 * @return the compacted JSON output
	 */
	public static String run(String endpoint, String... args) {
		List<String> command = new ArrayList<>(
				List.of(AWS_CLI.toString(), "--endpoint-url", endpoint, "--region", "us-east-1", "--output", "json"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		// the embedded engine accepts any credentials and keeps one database for all
		env.put("AWS_ACCESS_KEY_ID", "cliuser");
		env.put("AWS_SECRET_ACCESS_KEY", "clisecret");
		env.put("AWS_EC2_METADATA_DISABLED", "true");
		env.put("AWS_PAGER", "");
		env.put("AWS_CONFIG_FILE", "/dev/null");
		env.put("AWS_SHARED_CREDENTIALS_FILE", "/dev/null");
		env.remove("AWS_PROFILE");
		try {
			Process process = builder.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("aws CLI finished").isTrue();
			assertThat(process.exitValue()).as("aws CLI exit code, output: %s", output).isZero();
			return output.replaceAll("\\s+", "");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
