/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Auto-configuration of the DynamoDB clients, the embedded DynamoDB engine and the health
 * contributor, with the {@code dynamo.*} properties and their failure analyzers. The only
 * package that knows about Spring Boot's auto-configuration.
 */
@NullMarked
package io.dynamo.spring.autoconfigure;

import org.jspecify.annotations.NullMarked;
