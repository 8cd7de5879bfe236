/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.IndexDefinition;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A table as its entities describe it. In single-table design several entities share one
 * table: their keys must agree, and the table carries the union of their indexes.
 *
 * @param tableName the physical table name
 * @param entities the entity names, for messages
 * @param partitionKey the partition key attribute
 * @param sortKey the sort key attribute, or {@code null}
 * @param keyAttributeTypes the types of every key attribute of the table and its indexes
 * @param indexes the secondary indexes
 * @param ttlAttribute the TTL attribute, or {@code null}
 * @author dynamo-spring-boot authors
 */
record TableDefinition(String tableName, String entities, String partitionKey, @Nullable String sortKey,
		Map<String, ScalarAttributeType> keyAttributeTypes, List<IndexDefinition> indexes,
		@Nullable String ttlAttribute) {

	static TableDefinition of(List<EntityMetadata<?>> entities) {
		EntityMetadata<?> first = entities.get(0);
		Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
		Map<String, IndexDefinition> indexes = new LinkedHashMap<>();
		String ttl = null;
		for (EntityMetadata<?> entity : entities) {
			require(entity.partitionKey().equals(first.partitionKey())
					&& Objects.equals(entity.sortKey(), first.sortKey()), first, entity,
					"different primary keys (" + keys(first) + " and " + keys(entity) + ")");
			entity.keyAttributeTypes().forEach((name, type) -> {
				ScalarAttributeType existing = types.putIfAbsent(name, type);
				require(existing == null || existing == type, first, entity,
						"attribute '" + name + "' as key of different types (" + existing + " and " + type + ")");
			});
			for (IndexDefinition index : entity.indexes()) {
				IndexDefinition existing = indexes.putIfAbsent(index.name(), index);
				require(existing == null || existing.equals(index), first, entity,
						"index '" + index.name() + "' with different definitions");
			}
			if (entity.ttlAttribute() != null) {
				require(ttl == null || ttl.equals(entity.ttlAttribute()), first, entity,
						"different TTL attributes ('" + ttl + "' and '" + entity.ttlAttribute() + "')");
				ttl = entity.ttlAttribute();
			}
		}
		String names = entities.stream().map(EntityMetadata::entityName).collect(Collectors.joining(", "));
		return new TableDefinition(first.tableName(), names, first.partitionKey(), first.sortKey(), types,
				new ArrayList<>(indexes.values()), ttl);
	}

	private static String keys(EntityMetadata<?> entity) {
		return entity.partitionKey() + ((entity.sortKey() != null) ? "/" + entity.sortKey() : "");
	}

	private static void require(boolean condition, EntityMetadata<?> first, EntityMetadata<?> other, String what) {
		if (!condition) {
			throw new InvalidDataAccessApiUsageException(first.entityName() + " and " + other.entityName()
					+ " share table '" + first.tableName() + "' but declare " + what
					+ ": entities of one table must agree on its keys, key types, indexes and TTL");
		}
	}

}
