/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.repository.DynamoRepository;
import io.dynamo.spring.repository.config.DynamoRepositoryConfigurationExtension;
import io.dynamo.spring.repository.config.EnableDynamoRepositories;
import io.dynamo.spring.repository.support.DynamoRepositoryFactoryBean;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of DynamoDB repositories: interfaces
 * extending {@link DynamoRepository} in the application's packages become beans, as if
 * {@link EnableDynamoRepositories @EnableDynamoRepositories} were on the application
 * class. Backs off when the application declares {@code @EnableDynamoRepositories}
 * itself, and when {@code dynamo.repositories.enabled} is {@code false}.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(after = DynamoDataAutoConfiguration.class)
@ConditionalOnClass(DynamoRepository.class)
@ConditionalOnBean(DynamoOperations.class)
@ConditionalOnMissingBean({ DynamoRepositoryFactoryBean.class, DynamoRepositoryConfigurationExtension.class })
@ConditionalOnBooleanProperty(name = "dynamo.repositories.enabled", matchIfMissing = true)
@Import(DynamoRepositoriesAutoConfigureRegistrar.class)
public final class DynamoRepositoriesAutoConfiguration {

}
