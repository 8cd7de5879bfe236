/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Core DynamoDB access: the {@link io.dynamo.spring.core.DynamoConnection} facade.
 */
@NullMarked
package io.dynamo.spring.core;

import org.jspecify.annotations.NullMarked;
