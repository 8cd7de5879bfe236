/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

/**
 * One item of one table, as the write path locks it.
 *
 * @param table the table
 * @param key the item's primary key
 */
public record ItemRef(Table table, PrimaryKey key) {
}
