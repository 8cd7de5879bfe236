/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secrets (secret key, session token, proxy password) never appear in {@code toString()}
 * or in the logs, even at DEBUG.
 *
 * @author dynamo-spring-boot authors
 */
@ExtendWith(OutputCaptureExtension.class)
class DynamoSecretsTests {

	private static final String[] SECRETS = { "s3cr3t-access-value", "t0ken-session-value", "pr0xy-pass-value",
			"page-t0ken-secret-value" };

	@Test
	void whenPropertiesArePrintedThenNoSecretIsShown() {
		DynamoProperties properties = TestDynamoProperties.bind("dynamo.region=eu-west-1",
				"dynamo.credentials.access-key=AKIAVISIBLEPART01", "dynamo.credentials.secret-key=s3cr3t-access-value",
				"dynamo.credentials.session-token=t0ken-session-value",
				"dynamo.proxy.url=http://carol:pr0xy-pass-value@proxy.example.com:3128",
				"dynamo.page-token.secret=page-t0ken-secret-value");
		String text = properties.toString();
		assertThat(text).doesNotContain(SECRETS)
			.contains("AKIA****")
			.contains("secretKey=******")
			.contains("carol:****@proxy.example.com:3128");
		assertThat(properties.credentials().toString()).doesNotContain(SECRETS);
		assertThat(properties.proxy().toString()).doesNotContain(SECRETS);
		assertThat(properties.pageToken().toString()).doesNotContain(SECRETS).contains("secret=******");
	}

	@Test
	void whenClientsStartAndCallAtDebugThenTheLogsHoldNoSecret(CapturedOutput output) {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("io.dynamo", LogLevel.DEBUG);
		logging.setLogLevel("org.springframework.boot.context.properties", LogLevel.DEBUG);
		try {
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
						DynamoClientAutoConfiguration.class))
				.withPropertyValues("dynamo.embedded.enabled=true", "dynamo.credentials.access-key=AKIAVISIBLEPART01",
						"dynamo.credentials.secret-key=s3cr3t-access-value",
						"dynamo.credentials.session-token=t0ken-session-value",
						"dynamo.proxy.url=http://carol:pr0xy-pass-value@proxy.example.com:3128",
						"dynamo.proxy.non-proxy-hosts=127.0.0.1")
				.run((context) -> {
					assertThat(context).hasNotFailed();
					context.getBean(software.amazon.awssdk.services.dynamodb.DynamoDbClient.class).listTables();
					assertThat(context.getBean(DynamoProperties.class).toString()).doesNotContain(SECRETS);
				});
		}
		finally {
			logging.setLogLevel("io.dynamo", null);
			logging.setLogLevel("org.springframework.boot.context.properties", null);
		}
		assertThat(output).contains("Started embedded DynamoDB engine").doesNotContain(SECRETS);
	}

}
