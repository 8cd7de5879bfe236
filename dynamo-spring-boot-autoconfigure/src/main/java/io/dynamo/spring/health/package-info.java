/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Health indicator that pings DynamoDB within a bounded time.
 */
@NullMarked
package io.dynamo.spring.health;

import org.jspecify.annotations.NullMarked;
