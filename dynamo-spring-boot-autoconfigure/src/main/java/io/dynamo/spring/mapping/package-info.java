/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Entity metadata: table schemas for beans, immutables and records, keys, indexes, key
 * templates, versions, TTL, generated ids and timestamps, built once per entity class.
 */
@NullMarked
package io.dynamo.spring.mapping;

import org.jspecify.annotations.NullMarked;
