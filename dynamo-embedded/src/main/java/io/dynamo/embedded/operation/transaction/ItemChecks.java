/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.AttributePath;
import io.dynamo.embedded.expression.Update;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.operation.Keys;
import io.dynamo.embedded.operation.item.PutItem;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * The item rules of puts, updates and deletes as the single-item operations apply them,
 * for the writes of batches and transactions: item size, key schema, key attributes not
 * updated, the next version of an updated item.
 */
public final class ItemChecks {

	/** DynamoDB's item size limit. */
	public static final int MAX_ITEM_SIZE = PutItem.MAX_ITEM_SIZE;

	private ItemChecks() {
	}

	/** Refuses an item over 400 KB. */
	public static void itemSize(Map<String, AttributeValue> item) {
		if (Sizes.itemSize(item) > MAX_ITEM_SIZE) {
			throw DynamoException.validation("Item size has exceeded the maximum allowed size");
		}
	}

	/** Checks a put's item against the table (keys, index keys) and returns its key. */
	public static PrimaryKey putItem(Map<String, AttributeValue> item, TableDefinition table) {
		return Keys.item(item, table);
	}

	/** Checks a {@code Key} member against the table and returns the key. */
	public static PrimaryKey key(Map<String, AttributeValue> key, TableDefinition table) {
		return Keys.key(key, table.keySchema());
	}

	/** The item as stored: an immutable copy. */
	public static Map<String, AttributeValue> stored(Map<String, AttributeValue> item) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(item));
	}

	/**
	 * Refuses an update of the table's key attributes or of paths into key attributes.
	 */
	public static void updatePaths(List<AttributePath> paths, TableDefinition table) {
		for (AttributePath path : paths) {
			if (table.keySchema().isKey(path.head())) {
				throw DynamoException.validation("One or more parameter values were invalid: Cannot update attribute "
						+ path.head() + ". This attribute is part of the key");
			}
		}
	}

	/**
	 * The next version of an item under an update: the update applied to the current item
	 * (or to nothing), the key put back, the size and index key rules checked.
	 * @throws DynamoException a {@code ValidationException} when the result breaks a rule
	 */
	public static Map<String, AttributeValue> updated(Map<String, AttributeValue> current, Update update,
			Map<String, AttributeValue> key, TableDefinition table) {
		Map<String, AttributeValue> next = new LinkedHashMap<>(update.apply((current != null) ? current : Map.of()));
		next.putAll(key);
		if (Sizes.itemSize(next) > MAX_ITEM_SIZE) {
			throw DynamoException.validation("Item size to update has exceeded the maximum allowed size");
		}
		Keys.indexKeys(next, table);
		return Collections.unmodifiableMap(next);
	}

}
