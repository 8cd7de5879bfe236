/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Entity callbacks of DynamoDB repositories, on Spring Data's
 * {@link org.springframework.data.mapping.callback.EntityCallback} API: before convert,
 * before save, after save and after convert (after load).
 */
@NullMarked
package io.dynamo.spring.repository.callback;

import org.jspecify.annotations.NullMarked;
