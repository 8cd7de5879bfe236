/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup.dynamo;

import io.dynamo.benchmarks.startup.entities.Entity01;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The start-up run's application on the starter: nothing but the auto-configuration, with
 * the ten entities found by entity scanning (their package is added to the
 * auto-configuration packages). Configured by {@code StartupProbe} with
 * {@code dynamo.schema.action=none}, the embedded server off, and a fixed region,
 * endpoint and credentials, so that nothing calls out.
 *
 * @author dynamo-spring-boot authors
 */
@SpringBootApplication
@AutoConfigurationPackage(basePackageClasses = Entity01.class)
public class DynamoStartupApp {

}
