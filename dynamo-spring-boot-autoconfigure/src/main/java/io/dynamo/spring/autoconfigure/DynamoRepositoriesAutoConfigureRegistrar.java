/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.lang.annotation.Annotation;

import io.dynamo.spring.repository.config.DynamoRepositoryConfigurationExtension;
import io.dynamo.spring.repository.config.EnableDynamoRepositories;

import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/**
 * Registers the repositories of the application's packages, as
 * {@link EnableDynamoRepositories @EnableDynamoRepositories} would.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoRepositoriesAutoConfigureRegistrar extends AbstractRepositoryConfigurationSourceSupport {

	@Override
	protected Class<? extends Annotation> getAnnotation() {
		return EnableDynamoRepositories.class;
	}

	@Override
	protected Class<?> getConfiguration() {
		return EnableDynamoRepositoriesConfiguration.class;
	}

	@Override
	protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
		return new DynamoRepositoryConfigurationExtension();
	}

	@EnableDynamoRepositories
	private static final class EnableDynamoRepositoriesConfiguration {

	}

}
