/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Single-item operations: GetItem, PutItem, UpdateItem, DeleteItem.
 */
package io.dynamo.embedded.operation.item;
