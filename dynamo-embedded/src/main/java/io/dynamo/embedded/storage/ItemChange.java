/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * One applied change of one item: what streams record and the journal writes.
 *
 * @param table the table
 * @param key the item's primary key
 * @param oldItem the item before, or null when it was created
 * @param newItem the item after, or null when it was deleted
 */
public record ItemChange(Table table, PrimaryKey key, Map<String, AttributeValue> oldItem,
		Map<String, AttributeValue> newItem) {
}
