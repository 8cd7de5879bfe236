/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.nio.file.Files;
import java.nio.file.Path;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * Each bad {@code dynamo.*} configuration fails start-up with an analysis that names the
 * property and the fix, and never shows a secret.
 *
 * @author dynamo-spring-boot authors
 */
@ExtendWith(OutputCaptureExtension.class)
class DynamoConfigurationFailureAnalysisTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class))
		.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIATESTKEY12345",
				"dynamo.credentials.secret-key=very-secret-value");

	@Test
	void whenEndpointIsNotAUrlThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.endpoint=not a url");
		assertThat(analysis.getDescription()).contains("'dynamo.endpoint'").contains("'not a url'").contains("a URL");
		assertThat(analysis.getAction()).contains("Set dynamo.endpoint to a full URL");
	}

	@Test
	void whenEndpointHasNoSchemeThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.endpoint=localhost:8000");
		assertThat(analysis.getDescription()).contains("'dynamo.endpoint'").contains("not an http or https URL");
		assertThat(analysis.getAction()).contains("http://localhost:8000");
	}

	@Test
	void whenTimeoutIsZeroThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.timeouts.connect=0s");
		assertThat(analysis.getDescription()).contains("'dynamo.timeouts.connect'").contains("not positive");
		assertThat(analysis.getAction()).contains("Set dynamo.timeouts.connect to a positive duration");
	}

	@Test
	void whenTimeoutIsNegativeThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.timeouts.api-call-attempt=-1s");
		assertThat(analysis.getDescription()).contains("'dynamo.timeouts.api-call-attempt'").contains("not positive");
	}

	@Test
	void whenTimeoutIsNotADurationThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.timeouts.read=five seconds");
		assertThat(analysis.getDescription()).contains("'dynamo.timeouts.read'").contains("a duration");
		assertThat(analysis.getAction()).contains("'5s'");
	}

	@Test
	void whenAccessKeyIsSetWithoutSecretKeyThenTheAnalysisAsksForTheSecretKey() {
		FailureAnalysis analysis = analyzeWithout("dynamo.credentials.access-key=AKIAONLYACCESS001");
		assertThat(analysis.getDescription()).contains("'dynamo.credentials.secret-key'");
		assertThat(analysis.getAction()).contains("Set dynamo.credentials.secret-key");
	}

	@Test
	void whenSecretKeyIsSetWithoutAccessKeyThenTheAnalysisAsksForTheAccessKeyAndHidesTheSecret() {
		FailureAnalysis analysis = analyzeWithout("dynamo.credentials.secret-key=lonely-secret-value");
		assertThat(analysis.getDescription()).contains("'dynamo.credentials.access-key'")
			.doesNotContain("lonely-secret-value");
		assertThat(analysis.getAction()).contains("Set dynamo.credentials.access-key")
			.doesNotContain("lonely-secret-value");
	}

	@Test
	void whenRoleArnIsNotARoleThenTheAnalysisShowsTheExpectedForm() {
		FailureAnalysis analysis = analyze("dynamo.role-arn=arn:aws:iam::123456789012:user/alice");
		assertThat(analysis.getDescription()).contains("'dynamo.role-arn'").contains("not the ARN of an IAM role");
		assertThat(analysis.getAction()).contains("arn:aws:iam::<12-digit account id>:role/<role name>");
	}

	@Test
	void whenRetryModeIsUnknownThenTheAnalysisListsTheModes() {
		FailureAnalysis analysis = analyze("dynamo.retries.mode=fast");
		assertThat(analysis.getDescription()).contains("'dynamo.retries.mode'").contains("'fast'");
		assertThat(analysis.getAction()).contains("standard, adaptive, legacy");
	}

	@Test
	void whenMaxAttemptsIsBelowOneThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.retries.max-attempts=0");
		assertThat(analysis.getDescription()).contains("'dynamo.retries.max-attempts'").contains("less than 1");
		assertThat(analysis.getAction()).contains("Set dynamo.retries.max-attempts to 1");
	}

	@Test
	void whenMaxConnectionsIsBelowOneThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.max-connections=0");
		assertThat(analysis.getDescription()).contains("'dynamo.max-connections'");
	}

	@Test
	void whenProxyUrlDoesNotParseThenTheAnalysisNamesThePropertyAndHidesThePassword() {
		FailureAnalysis analysis = analyze("dynamo.proxy.url=http://bob:hunter2-secret@/no host");
		assertThat(analysis.getDescription()).contains("'dynamo.proxy.url'").doesNotContain("hunter2-secret");
		assertThat(analysis.getAction()).contains("Set dynamo.proxy.url").doesNotContain("hunter2-secret");
	}

	@Test
	void whenProxyUrlHasNoHostThenTheAnalysisNamesTheProperty() {
		FailureAnalysis analysis = analyze("dynamo.proxy.url=proxy.example.com:3128");
		assertThat(analysis.getDescription()).contains("'dynamo.proxy.url'");
	}

	@Test
	void whenEmbeddedIsEnabledWithoutTheEngineThenTheAnalysisNamesTheDependency() {
		this.contextRunner.withPropertyValues("dynamo.embedded.enabled=true")
			.withClassLoader(new FilteredClassLoader(EmbeddedDynamoServer.ENGINE_CLASS))
			.run((context) -> {
				FailureAnalysis analysis = analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'dynamo.embedded.enabled'")
					.contains("not on the classpath");
				assertThat(analysis.getAction()).contains("io.dynamo:dynamo-embedded")
					.contains("dynamo.embedded.enabled=false");
			});
	}

	@Test
	void whenProfileDoesNotExistThenTheAnalysisNamesTheProfile(@TempDir Path dir) throws Exception {
		Path config = Files.writeString(dir.resolve("config"), "[profile other]\nregion = eu-west-1\n");
		DynamoClientAutoConfigurationTests.withSystemProperty("aws.configFile", config.toString(),
				() -> this.contextRunner
					.withPropertyValues("dynamo.credentials.access-key=", "dynamo.credentials.secret-key=",
							"dynamo.profile=missing")
					.run((context) -> {
						FailureAnalysis analysis = analyze(context.getStartupFailure());
						assertThat(analysis.getDescription()).contains("'dynamo.profile'").contains("'missing'");
						assertThat(analysis.getAction()).contains("~/.aws/config");
					}));
	}

	@Test
	void whenNoRegionCanBeFoundThenTheAnalysisAsksForOne(@TempDir Path dir) throws Exception {
		Path config = Files.writeString(dir.resolve("config"), "");
		DynamoClientAutoConfigurationTests.withSystemProperty("aws.configFile", config.toString(),
				() -> DynamoClientAutoConfigurationTests.withSystemProperty("aws.disableEc2Metadata", "true",
						() -> new ApplicationContextRunner()
							.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
							.run((context) -> {
								FailureAnalysis analysis = analyze(context.getStartupFailure());
								assertThat(analysis.getDescription()).contains("'dynamo.region'");
								assertThat(analysis.getAction()).contains("Set dynamo.region").contains("AWS_REGION");
							})));
	}

	@Test
	void whenTheApplicationStartsWithABadValueThenTheReportNamesThePropertyAndTheFix(CapturedOutput output) {
		SpringApplication application = new SpringApplication(FailingApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(
				() -> application.run("--dynamo.region=eu-west-1", "--dynamo.credentials.access-key=AKIATESTKEY12345",
						"--dynamo.credentials.secret-key=printed-nowhere-secret", "--dynamo.retries.mode=turbo"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("property 'dynamo.retries.mode' has the value 'turbo'")
			.contains("Set dynamo.retries.mode to one of standard, adaptive, legacy")
			.doesNotContain("printed-nowhere-secret");
	}

	@Test
	void whenTheApplicationStartsWithAHalfCredentialThenTheReportNamesTheMissingKey(CapturedOutput output) {
		SpringApplication application = new SpringApplication(FailingApplication.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		assertThatException().isThrownBy(() -> application.run("--dynamo.region=eu-west-1",
				"--dynamo.credentials.secret-key=printed-nowhere-secret"));
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("property 'dynamo.credentials.access-key'")
			.contains("Set dynamo.credentials.access-key as well")
			.doesNotContain("printed-nowhere-secret");
	}

	private FailureAnalysis analyze(String property) {
		FailureAnalysis[] result = new FailureAnalysis[1];
		this.contextRunner.withPropertyValues(property)
			.run((context) -> result[0] = analyze(context.getStartupFailure()));
		return result[0];
	}

	private FailureAnalysis analyzeWithout(String property) {
		FailureAnalysis[] result = new FailureAnalysis[1];
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
			.withPropertyValues("dynamo.region=eu-west-1", property)
			.run((context) -> result[0] = analyze(context.getStartupFailure()));
		return result[0];
	}

	private static FailureAnalysis analyze(Throwable failure) {
		assertThat(failure).as("start-up failure").isNotNull();
		FailureAnalysis analysis = new InvalidDynamoPropertyFailureAnalyzer().analyze(failure);
		if (analysis == null) {
			analysis = new DynamoPropertyBindFailureAnalyzer().analyze(failure);
		}
		assertThat(analysis).as("failure analysis of %s", failure).isNotNull();
		return analysis;
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DynamoClientAutoConfiguration.class)
	static class FailingApplication {

	}

}
