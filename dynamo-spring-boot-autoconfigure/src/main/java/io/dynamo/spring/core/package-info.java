/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Core DynamoDB access: {@link io.dynamo.spring.core.DynamoTemplate} (the
 * {@link io.dynamo.spring.core.DynamoOperations} of single items), table administration,
 * exception translation and the {@link io.dynamo.spring.core.DynamoConnection} facade.
 */
@NullMarked
package io.dynamo.spring.core;

import org.jspecify.annotations.NullMarked;
