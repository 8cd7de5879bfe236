/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Spring Data repositories of DynamoDB entities:
 * {@link io.dynamo.spring.repository.DynamoRepository}, derived key queries checked at
 * start-up, {@link io.dynamo.spring.repository.AllowScan} as the only way to scan, and
 * PartiQL through {@link io.dynamo.spring.repository.Query}.
 */
@NullMarked
package io.dynamo.spring.repository;

import org.jspecify.annotations.NullMarked;
