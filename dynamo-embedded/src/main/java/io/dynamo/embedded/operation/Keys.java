/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeyAttribute;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * Keys and items checked against a table's schema, with DynamoDB's messages.
 */
public final class Keys {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private Keys() {
	}

	/**
	 * Checks a {@code Key} member and returns its primary key.
	 * @throws DynamoException "The provided key element does not match the schema" and
	 * the empty-value and size errors
	 */
	public static PrimaryKey key(Map<String, AttributeValue> key, KeySchema schema) {
		if (key.size() != (schema.hasRange() ? 2 : 1)) {
			throw DynamoException.validation("The provided key element does not match the schema");
		}
		AttributeValue hash = keyPiece(key, schema.hash(), true);
		AttributeValue range = schema.hasRange() ? keyPiece(key, schema.range(), false) : null;
		return new PrimaryKey(hash, range);
	}

	private static AttributeValue keyPiece(Map<String, AttributeValue> key, KeyAttribute attribute, boolean hash) {
		AttributeValue value = key.get(attribute.name());
		if (value == null || !value.type().equals(attribute.type())) {
			throw DynamoException.validation("The provided key element does not match the schema");
		}
		if (isEmpty(value)) {
			throw DynamoException.validation(INVALID + "The AttributeValue for a key attribute cannot contain an empty "
					+ kind(value) + " value. Key: " + attribute.name());
		}
		checkSize(value, hash);
		return value;
	}

	/**
	 * Checks a {@code PutItem} item: the key attributes present, of their types, not
	 * empty, within the size limits; index key attributes of their types.
	 * @return the item's primary key
	 */
	public static PrimaryKey item(Map<String, AttributeValue> item, TableDefinition table) {
		KeySchema schema = table.keySchema();
		checkItemKey(item, schema.hash(), true);
		if (schema.hasRange()) {
			checkItemKey(item, schema.range(), false);
		}
		indexKeys(item, table);
		return schema.keyOf(item);
	}

	private static void checkItemKey(Map<String, AttributeValue> item, KeyAttribute attribute, boolean hash) {
		AttributeValue value = item.get(attribute.name());
		if (value == null) {
			throw DynamoException.validation(INVALID + "Missing the key " + attribute.name() + " in the item");
		}
		if (!value.type().equals(attribute.type())) {
			throw DynamoException.validation(INVALID + "Type mismatch for key " + attribute.name() + " expected: "
					+ attribute.type() + " actual: " + value.type());
		}
		if (isEmpty(value)) {
			throw DynamoException.validation(
					"One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty "
							+ kind(value) + " value. Key: " + attribute.name());
		}
		checkSize(value, hash);
	}

	/**
	 * Checks an item's index key attributes: of the declared type, not empty (an item
	 * without them is simply not in the index).
	 */
	public static void indexKeys(Map<String, AttributeValue> item, TableDefinition table) {
		for (IndexDefinition index : table.globalIndexes()) {
			indexKey(item, index, index.keySchema().hash());
			if (index.keySchema().hasRange()) {
				indexKey(item, index, index.keySchema().range());
			}
		}
		for (IndexDefinition index : table.localIndexes()) {
			indexKey(item, index, index.keySchema().range());
		}
	}

	private static void indexKey(Map<String, AttributeValue> item, IndexDefinition index, KeyAttribute attribute) {
		AttributeValue value = item.get(attribute.name());
		if (value == null) {
			return;
		}
		if (!value.type().equals(attribute.type())) {
			throw DynamoException.validation(INVALID + "Type mismatch for Index Key " + attribute.name() + " Expected: "
					+ attribute.type() + " Actual: " + value.type() + " IndexName: " + index.name());
		}
		if (isEmpty(value)) {
			throw DynamoException.validation(
					"One or more parameter values are not valid. A value specified for a secondary index key is not supported. The AttributeValue for a key attribute cannot contain an empty "
							+ kind(value) + " value. IndexName: " + index.name() + ", IndexKey: " + attribute.name());
		}
	}

	private static void checkSize(AttributeValue value, boolean hash) {
		if (value instanceof AttributeValue.N) {
			return;
		}
		int size = value.size();
		if (hash && size > 2048) {
			throw DynamoException
				.validation(INVALID + "Size of hashkey has exceeded the maximum size limit of2048 bytes");
		}
		if (!hash && size > 1024) {
			throw DynamoException
				.validation(INVALID + "Aggregated size of all range keys has exceeded the size limit of 1024 bytes");
		}
	}

	static boolean isEmpty(AttributeValue value) {
		return (value instanceof AttributeValue.S s && s.value().isEmpty())
				|| (value instanceof AttributeValue.B b && b.value().length == 0);
	}

	private static String kind(AttributeValue value) {
		return (value instanceof AttributeValue.S) ? "string" : "binary";
	}

}
