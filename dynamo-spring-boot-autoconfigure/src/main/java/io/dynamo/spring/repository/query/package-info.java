/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Query methods: derived key queries planned once at start-up (table or index, key
 * condition, filter), PartiQL statements, and the execution of each result type.
 */
@NullMarked
package io.dynamo.spring.repository.query;

import org.jspecify.annotations.NullMarked;
