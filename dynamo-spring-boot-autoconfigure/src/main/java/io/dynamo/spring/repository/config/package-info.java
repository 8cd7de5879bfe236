/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Repository configuration:
 * {@link io.dynamo.spring.repository.config.EnableDynamoRepositories} and the Spring Data
 * configuration extension behind it.
 */
@NullMarked
package io.dynamo.spring.repository.config;

import org.jspecify.annotations.NullMarked;
