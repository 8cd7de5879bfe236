/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Ten entities for the start-up run.
 */
@NullMarked
package io.dynamo.benchmarks.startup.entities;

import org.jspecify.annotations.NullMarked;
