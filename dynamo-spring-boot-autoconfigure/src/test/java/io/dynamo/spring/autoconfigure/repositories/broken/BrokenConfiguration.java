/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.repositories.broken;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/**
 * An application whose repository has a method that would scan.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class BrokenConfiguration {

}
