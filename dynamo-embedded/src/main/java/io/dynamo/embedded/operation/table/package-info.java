/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Table operations: create, describe, update, delete, list, TTL settings, tags, limits
 * and endpoints.
 */
package io.dynamo.embedded.operation.table;
