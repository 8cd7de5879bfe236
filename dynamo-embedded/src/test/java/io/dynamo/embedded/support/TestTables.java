/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.support;

import java.util.LinkedHashMap;
import java.util.Map;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** Tables and items of the item-level tests, made through the SDK client. */
public final class TestTables {

	private TestTables() {
	}

	/** A table keyed by a string {@code id}. */
	public static void hashTable(DynamoDbClient client, String name) {
		client.createTable((t) -> t.tableName(name)
			.attributeDefinitions(attribute("id", ScalarAttributeType.S))
			.keySchema(key("id", KeyType.HASH))
			.billingMode(BillingMode.PAY_PER_REQUEST));
	}

	/**
	 * A table keyed by {@code pk} (S) and {@code sk} (N), with a global index on
	 * {@code status} (S) and a local index on {@code total} (N).
	 */
	public static void indexedTable(DynamoDbClient client, String name) {
		client.createTable((t) -> t.tableName(name)
			.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
					attribute("status", ScalarAttributeType.S), attribute("total", ScalarAttributeType.N))
			.keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
			.globalSecondaryIndexes((g) -> g.indexName("byStatus")
				.keySchema(key("status", KeyType.HASH))
				.projection((p) -> p.projectionType(ProjectionType.ALL)))
			.localSecondaryIndexes((l) -> l.indexName("byTotal")
				.keySchema(key("pk", KeyType.HASH), key("total", KeyType.RANGE))
				.projection((p) -> p.projectionType(ProjectionType.KEYS_ONLY)))
			.billingMode(BillingMode.PAY_PER_REQUEST));
	}

	public static AttributeDefinition attribute(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	public static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	public static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	public static AttributeValue n(Object value) {
		return AttributeValue.fromN(String.valueOf(value));
	}

	/** An item (or key) of name and value pairs. */
	public static Map<String, AttributeValue> item(Object... pairs) {
		Map<String, AttributeValue> item = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			item.put((String) pairs[i], (AttributeValue) pairs[i + 1]);
		}
		return item;
	}

	/** A string of that many characters, to make items of a known size. */
	public static String filler(int length) {
		return "x".repeat(length);
	}

}
