/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.repositories.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * Marks this package as the application's, as {@code @SpringBootApplication} does.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class AppConfiguration {

}
