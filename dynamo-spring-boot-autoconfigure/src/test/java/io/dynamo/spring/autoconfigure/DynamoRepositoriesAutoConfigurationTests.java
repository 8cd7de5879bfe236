/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.Optional;

import io.dynamo.spring.auditing.DynamoAuditing;
import io.dynamo.spring.auditing.EnableDynamoAuditing;
import io.dynamo.spring.autoconfigure.repositories.app.AppConfiguration;
import io.dynamo.spring.autoconfigure.repositories.app.Gadget;
import io.dynamo.spring.autoconfigure.repositories.app.GadgetRepository;
import io.dynamo.spring.autoconfigure.repositories.broken.BrokenConfiguration;
import io.dynamo.spring.repository.InvalidRepositoryMethodException;
import io.dynamo.spring.repository.callback.BeforeConvertCallback;
import io.dynamo.spring.repository.config.EnableDynamoRepositories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.data.domain.AuditorAware;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoRepositoriesAutoConfiguration}: repositories of the
 * application's packages become beans on the embedded database, back off for
 * {@code dynamo.repositories.enabled=false} and for {@code @EnableDynamoRepositories}, a
 * repository method that would scan fails start-up; and of
 * {@link DynamoAuditingAutoConfiguration}: the context's auditor and entity callbacks
 * reach the repositories.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
				DynamoClientAutoConfiguration.class, DynamoDataAutoConfiguration.class,
				DynamoRepositoriesAutoConfiguration.class, DynamoAuditingAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true", "dynamo.schema.action=create");

	@Test
	void whenTheApplicationHasRepositoriesThenTheyAreBeansThatQueryTheDatabase() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(GadgetRepository.class);
			GadgetRepository gadgets = context.getBean(GadgetRepository.class);
			gadgets.save(new Gadget("ann", "lamp", "red", null));
			gadgets.save(new Gadget("ann", "mug", "blue", null));
			assertThat(gadgets.findByOwnerAndColour("ann", "red")).extracting(Gadget::name).containsExactly("lamp");
		});
	}

	@Test
	void whenRepositoriesAreDisabledThenNoneIsCreated() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class)
			.withPropertyValues("dynamo.repositories.enabled=false")
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(GadgetRepository.class));
	}

	@Test
	void whenTheApplicationEnablesRepositoriesItselfThenTheAutoConfigurationBacksOff() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class, ExplicitRepositories.class).run((context) -> {
			assertThat(context).hasSingleBean(GadgetRepository.class)
				.doesNotHaveBean(DynamoRepositoriesAutoConfiguration.class);
		});
	}

	@Test
	void whenARepositoryMethodWouldScanThenStartUpFailsWithAReportNamingTheMethodAndTheFix() {
		this.contextRunner.withUserConfiguration(BrokenConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
			assertThat(cause).isInstanceOf(InvalidRepositoryMethodException.class)
				.hasMessageStartingWith("ScanningGadgetRepository.findByColour(String): no key query serves it")
				.hasMessageContaining("add a secondary index whose partition key is 'colour'")
				.hasMessageContaining("@AllowScan");
			FailureAnalysis analysis = new InvalidRepositoryMethodFailureAnalyzer()
				.analyze(context.getStartupFailure());
			assertThat(analysis.getDescription())
				.startsWith("Repository method ScanningGadgetRepository.findByColour(String) cannot be served by "
						+ "DynamoDB: no key query serves it");
			assertThat(analysis.getAction()).startsWith("Fix: add a secondary index whose partition key is 'colour'")
				.contains("@AllowScan");
		});
	}

	@Test
	void whenTheContextHasOneAuditorAwareAndCallbacksThenRepositoriesUseThem() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class)
			.withBean(AuditorAware.class, () -> () -> Optional.of("auditor"))
			.withBean(BeforeConvertCallback.class,
					() -> (BeforeConvertCallback<Gadget>) (gadget, table) -> new Gadget(gadget.owner(), gadget.name(),
							gadget.colour().toUpperCase(java.util.Locale.ROOT), gadget.modifiedBy()))
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoAuditing.class);
				Gadget saved = context.getBean(GadgetRepository.class).save(new Gadget("bo", "pen", "red", null));
				assertThat(saved.modifiedBy()).isEqualTo("auditor");
				assertThat(saved.colour()).isEqualTo("RED");
			});
	}

	@Test
	void whenTheApplicationEnablesAuditingWithAReferenceThenThatAuditorIsUsed() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class, ExplicitAuditing.class)
			.withBean("first", AuditorAware.class, () -> () -> Optional.of("first"))
			.withBean("second", AuditorAware.class, () -> () -> Optional.of("second"))
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoAuditing.class);
				Gadget saved = context.getBean(GadgetRepository.class).save(new Gadget("cy", "cup", "red", null));
				assertThat(saved.modifiedBy()).isEqualTo("second");
			});
	}

	@Test
	void whenAuditingIsDisabledThenNoAuditorIsWritten() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class)
			.withPropertyValues("dynamo.auditing.enabled=false")
			.withBean(AuditorAware.class, () -> () -> Optional.of("auditor"))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(DynamoAuditing.class);
				Gadget saved = context.getBean(GadgetRepository.class).save(new Gadget("di", "box", "red", null));
				assertThat(saved.modifiedBy()).isNull();
			});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoAuditing(auditorAwareRef = "second")
	static class ExplicitAuditing {

	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = GadgetRepository.class)
	static class ExplicitRepositories {

	}

}
