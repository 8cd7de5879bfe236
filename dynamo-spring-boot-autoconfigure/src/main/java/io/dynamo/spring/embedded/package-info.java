/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The embedded DynamoDB engine ({@code io.dynamo:dynamo-embedded}) for development and
 * tests, over loopback HTTP or in-process.
 */
@NullMarked
package io.dynamo.spring.embedded;

import org.jspecify.annotations.NullMarked;
