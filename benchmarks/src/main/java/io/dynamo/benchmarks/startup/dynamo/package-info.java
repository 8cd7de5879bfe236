/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The start-up run's application on the starter's auto-configuration.
 */
@NullMarked
package io.dynamo.benchmarks.startup.dynamo;

import org.jspecify.annotations.NullMarked;
