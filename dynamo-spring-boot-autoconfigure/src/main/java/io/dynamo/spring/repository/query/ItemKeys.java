/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.mapping.EntityMetadata;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Keys of entities as the template takes them, and keys of items as scroll positions
 * carry them (plain strings, numbers and bytes, no SDK types).
 *
 * @author dynamo-spring-boot authors
 */
public final class ItemKeys {

	private ItemKeys() {
	}

	/**
	 * Return the key of an entity's item in the form
	 * {@link io.dynamo.spring.core.DynamoOperations} takes: the stored key values, or for
	 * a templated key the attributes its template reads.
	 * @param <T> the entity type
	 * @param entity the entity metadata
	 * @param value the entity
	 * @return the key
	 */
	public static <T> DynamoKey of(EntityMetadata<T> entity, T value) {
		return of(entity, entity.toItem(value));
	}

	/**
	 * Return the key of an item in the form
	 * {@link io.dynamo.spring.core.DynamoOperations} takes.
	 * @param entity the entity metadata
	 * @param item the item (with the attributes of any key template)
	 * @return the key
	 */
	public static DynamoKey of(EntityMetadata<?> entity, Map<String, AttributeValue> item) {
		// a template renders from a map of its attributes; an AttributeValue passes as is
		Object partition = (entity.partitionKeyTemplate() != null) ? item : item.get(entity.partitionKey());
		String sortKey = entity.sortKey();
		Object sort = (sortKey == null) ? null : (entity.sortKeyTemplate() != null) ? item : item.get(sortKey);
		return new DynamoKey(partition, sort);
	}

	/**
	 * Return the named key attributes of an item as plain values.
	 * @param item the item
	 * @param attributes the key attributes
	 * @return attribute name to string, {@link BigDecimal} or byte array
	 */
	public static Map<String, Object> positionOf(Map<String, AttributeValue> item, List<String> attributes) {
		Map<String, Object> keys = new LinkedHashMap<>();
		for (String attribute : attributes) {
			AttributeValue value = item.get(attribute);
			if (value == null) {
				continue;
			}
			if (value.s() != null) {
				keys.put(attribute, value.s());
			}
			else if (value.n() != null) {
				keys.put(attribute, new BigDecimal(value.n()));
			}
			else if (value.b() != null) {
				keys.put(attribute, value.b().asByteArray());
			}
		}
		return keys;
	}

	/**
	 * Return a scroll position's keys as an {@code ExclusiveStartKey}.
	 * @param entity the entity metadata
	 * @param keys the position's keys
	 * @param attributes the key attributes the query needs
	 * @return the start key
	 * @throws InvalidDataAccessApiUsageException if a key is missing or of the wrong type
	 */
	public static Map<String, AttributeValue> startKeyOf(EntityMetadata<?> entity, Map<String, ?> keys,
			List<String> attributes) {
		Map<String, AttributeValue> start = new LinkedHashMap<>();
		for (String attribute : attributes) {
			Object value = keys.get(attribute);
			if (value == null) {
				throw new InvalidDataAccessApiUsageException("The scroll position has no value for key attribute '"
						+ attribute + "' of " + entity.entityName() + " (it has " + keys.keySet()
						+ "): pass a position taken from a Window of the same method");
			}
			ScalarAttributeType type = entity.keyAttributeTypes().getOrDefault(attribute, ScalarAttributeType.S);
			start.put(attribute, switch (type) {
				case N -> AttributeValue.fromN(value.toString());
				case B -> AttributeValue.fromB(SdkBytes.fromByteArray((byte[]) value));
				default -> AttributeValue.fromS(value.toString());
			});
		}
		return start;
	}

}
