/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Micrometer meters and Observations of DynamoDB requests: an SDK execution interceptor
 * that asks every request for its consumed capacity, the Observation convention that
 * follows OpenTelemetry's database conventions, and a publisher of the SDK's own metrics.
 */
@NullMarked
package io.dynamo.spring.metrics;

import org.jspecify.annotations.NullMarked;
