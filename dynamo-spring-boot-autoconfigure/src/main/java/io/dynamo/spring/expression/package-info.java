/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Type-safe condition, filter, update and projection expressions. Every name becomes an
 * expression attribute name and every value an expression attribute value, so user input
 * never changes an expression's structure.
 */
@NullMarked
package io.dynamo.spring.expression;

import org.jspecify.annotations.NullMarked;
