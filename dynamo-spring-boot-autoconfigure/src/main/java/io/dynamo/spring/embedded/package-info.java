/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * In-process DynamoDB Local for development and tests.
 */
@NullMarked
package io.dynamo.spring.embedded;

import org.jspecify.annotations.NullMarked;
