/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.autoconfigure.repositories.app.AppConfiguration;
import io.dynamo.spring.autoconfigure.repositories.app.Gadget;
import io.dynamo.spring.autoconfigure.repositories.app.GadgetRepository;
import io.dynamo.spring.autoconfigure.repositories.broken.BrokenConfiguration;
import io.dynamo.spring.repository.InvalidRepositoryMethodException;
import io.dynamo.spring.repository.config.EnableDynamoRepositories;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.NestedExceptionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoRepositoriesAutoConfiguration}: repositories of the
 * application's packages become beans on the embedded database, back off for
 * {@code dynamo.repositories.enabled=false} and for {@code @EnableDynamoRepositories},
 * and a repository method that would scan fails start-up.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoRepositoriesAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class,
						DynamoDataAutoConfiguration.class, DynamoRepositoriesAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true", "dynamo.schema.action=create");

	@Test
	void whenTheApplicationHasRepositoriesThenTheyAreBeansThatQueryTheDatabase() {
		this.contextRunner.withUserConfiguration(AppConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(GadgetRepository.class);
			GadgetRepository gadgets = context.getBean(GadgetRepository.class);
			gadgets.save(new Gadget("ann", "lamp", "red"));
			gadgets.save(new Gadget("ann", "mug", "blue"));
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
	void whenARepositoryMethodWouldScanThenStartUpFailsNamingTheMethodAndTheFix() {
		this.contextRunner.withUserConfiguration(BrokenConfiguration.class).run((context) -> {
			assertThat(context).hasFailed();
			Throwable cause = NestedExceptionUtils.getMostSpecificCause(context.getStartupFailure());
			assertThat(cause).isInstanceOf(InvalidRepositoryMethodException.class)
				.hasMessageStartingWith("ScanningGadgetRepository.findByColour(String): no key query serves it")
				.hasMessageContaining("add a secondary index whose partition key is 'colour'")
				.hasMessageContaining("@AllowScan");
		});
	}

	@Configuration(proxyBeanMethods = false)
	@EnableDynamoRepositories(basePackageClasses = GadgetRepository.class)
	static class ExplicitRepositories {

	}

}
