/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The start-up run's application with ten repositories.
 */
@NullMarked
package io.dynamo.benchmarks.startup.repositories;

import org.jspecify.annotations.NullMarked;
