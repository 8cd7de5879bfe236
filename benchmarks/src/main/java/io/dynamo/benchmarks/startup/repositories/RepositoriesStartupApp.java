/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup.repositories;

import io.dynamo.benchmarks.startup.entities.Entity01;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up run's application on the starter with a repository per entity: the ten
 * entities of {@code DynamoStartupApp} and ten repositories in this package, found and
 * planned by the repository auto-configuration.
 *
 * @author dynamo-spring-boot authors
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackageClasses = Entity01.class)
public class RepositoriesStartupApp {

}
