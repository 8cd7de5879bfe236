/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.Table;

/**
 * Table look-ups with DynamoDB's two not-found messages: item and read operations say
 * "Requested resource not found", table operations add the table's name.
 */
public final class Tables {

	private Tables() {
	}

	/** The table for an item or read operation. */
	public static Table forItems(Catalog catalog, String name) {
		Table table = catalog.table(name);
		if (table == null) {
			throw DynamoException.resourceNotFound("Requested resource not found");
		}
		return table;
	}

	/** The table for a table operation (Describe, Update, Delete, TTL, tags). */
	public static Table named(Catalog catalog, String name) {
		Table table = catalog.table(name);
		if (table == null) {
			throw DynamoException.resourceNotFound("Requested resource not found: Table: " + name + " not found");
		}
		return table;
	}

}
