/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Start-up time: cold JVMs started to a ready application context.
 */
@NullMarked
package io.dynamo.benchmarks.startup;

import org.jspecify.annotations.NullMarked;
