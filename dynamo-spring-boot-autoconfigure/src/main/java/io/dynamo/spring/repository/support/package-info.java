/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The repository factory, its factory bean and the base implementation of CRUD methods.
 */
@NullMarked
package io.dynamo.spring.repository.support;

import org.jspecify.annotations.NullMarked;
