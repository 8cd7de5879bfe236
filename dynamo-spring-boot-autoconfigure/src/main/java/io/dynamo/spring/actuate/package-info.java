/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Actuator endpoint of the DynamoDB client: where it connects, the tables it has seen and
 * the state of the rate limiter.
 */
@NullMarked
package io.dynamo.spring.actuate;

import org.jspecify.annotations.NullMarked;
