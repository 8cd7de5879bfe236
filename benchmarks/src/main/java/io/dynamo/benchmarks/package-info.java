/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Benchmarks and load runs of dynamo-spring-boot; see {@code docs/benchmarks.md}.
 */
@NullMarked
package io.dynamo.benchmarks;

import org.jspecify.annotations.NullMarked;
