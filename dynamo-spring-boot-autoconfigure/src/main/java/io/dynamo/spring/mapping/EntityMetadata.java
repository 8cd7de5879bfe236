/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.ExpressionContext;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.expression.ValueConverter;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Everything the starter knows about one entity type, built once at start-up: its table
 * schema and table name, keys and key templates, secondary indexes, version, TTL,
 * generated-id and timestamp attributes. Converts entities to items and back without
 * reflection.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public final class EntityMetadata<T> {

	private final Class<T> type;

	private final TableSchema<T> schema;

	private final String tableName;

	private final EntityKeys keys;

	private final List<IndexDefinition> indexes;

	private final Map<String, ScalarAttributeType> keyAttributeTypes;

	private final EntityFeatures features;

	private final Set<String> attributeNames;

	private final ValueConverter valueConverter;

	private volatile @Nullable Map<String, String> propertyAttributes;

	/**
	 * The schema's converter of each attribute and the type it takes, looked up once.
	 */
	private final Map<String, Conversion> conversions;

	/**
	 * Whether no attribute of the schema can hold a set, so that no empty set is ever
	 * left out of an item (only then can an item be written as the schema maps it).
	 */
	private final boolean withoutSets;

	EntityMetadata(Class<T> type, TableSchema<T> schema, String tableName, EntityKeys keys,
			List<IndexDefinition> indexes, Map<String, ScalarAttributeType> keyAttributeTypes,
			EntityFeatures features) {
		this.type = type;
		this.schema = schema;
		this.tableName = tableName;
		this.keys = keys;
		this.indexes = List.copyOf(indexes);
		this.keyAttributeTypes = Collections.unmodifiableMap(keyAttributeTypes);
		this.features = features;
		Set<String> names = new LinkedHashSet<>(schema.attributeNames());
		names.add(keys.partitionKey());
		if (keys.sortKey() != null) {
			names.add(keys.sortKey());
		}
		this.attributeNames = Collections.unmodifiableSet(names);
		this.conversions = conversions(schema);
		this.withoutSets = this.conversions.size() == schema.attributeNames().size()
				&& this.conversions.values().stream().noneMatch(Conversion::isSet);
		this.valueConverter = this::convertForPath;
	}

	/**
	 * Return the entity type.
	 * @return the type
	 */
	public Class<T> type() {
		return this.type;
	}

	/**
	 * Return the entity's name, for messages.
	 * @return the simple class name
	 */
	public String entityName() {
		return this.type.getSimpleName();
	}

	/**
	 * Return the physical table name (prefix and suffix applied).
	 * @return the table name
	 */
	public String tableName() {
		return this.tableName;
	}

	/**
	 * Return the table schema that maps the entity.
	 * @return the schema
	 */
	public TableSchema<T> schema() {
		return this.schema;
	}

	/**
	 * Return the table's partition key attribute.
	 * @return the attribute name
	 */
	public String partitionKey() {
		return this.keys.partitionKey();
	}

	/**
	 * Return the table's sort key attribute.
	 * @return the attribute name, or {@code null} for a table without sort key
	 */
	public @Nullable String sortKey() {
		return this.keys.sortKey();
	}

	/**
	 * Return the secondary indexes.
	 * @return the indexes
	 */
	public List<IndexDefinition> indexes() {
		return this.indexes;
	}

	/**
	 * Return the type of every key attribute of the table and its indexes.
	 * @return attribute name to scalar type
	 */
	public Map<String, ScalarAttributeType> keyAttributeTypes() {
		return this.keyAttributeTypes;
	}

	/**
	 * Return the version attribute used for optimistic locking.
	 * @return the attribute name, or {@code null}
	 */
	public @Nullable String versionAttribute() {
		return this.features.versionAttribute();
	}

	/**
	 * Return the TTL attribute.
	 * @return the attribute name, or {@code null}
	 */
	public @Nullable String ttlAttribute() {
		return this.features.ttlAttribute();
	}

	/**
	 * Return every attribute name the entity maps, key attributes included.
	 * @return the names
	 */
	public Set<String> attributeNames() {
		return this.attributeNames;
	}

	/**
	 * Convert an entity to the item to write: empty sets left out (DynamoDB has none),
	 * the TTL as epoch seconds, templated keys built, a missing generated id generated.
	 * <p>
	 * For an entity that writes nothing of its own (see {@link #writesAsMapped()}) this
	 * is the schema's map, which cannot be modified; otherwise a new modifiable map. Copy
	 * the item to change it.
	 * @param entity the entity
	 * @return the item
	 */
	public Map<String, AttributeValue> toItem(T entity) {
		if (writesAsMapped()) {
			// nothing to add, convert or leave out: spare the copy
			return this.schema.itemToMap(entity, true);
		}
		Map<String, AttributeValue> item = new HashMap<>(this.schema.itemToMap(entity, true));
		item.values().removeIf(EntityMetadata::isEmptySet);
		this.features.beforeWrite(item);
		this.keys.addTemplatedKeys(item, entityName());
		return item;
	}

	/**
	 * Whether the item written for an entity is exactly what its schema maps: no version,
	 * TTL, generated id, timestamps or auditors, no templated key, and no attribute that
	 * can hold a (possibly empty) set. Writing such an entity changes nothing in it, so
	 * {@link #written} returns the entity itself.
	 * @return {@code true} when writing adds, converts and leaves out nothing
	 */
	public boolean writesAsMapped() {
		return this.withoutSets && !this.keys.hasTemplates() && this.features.writesNothing();
	}

	/**
	 * Return the entity as it was written, for callers of a save: the entity itself when
	 * writing changed nothing in it ({@link #writesAsMapped()}), otherwise a new one
	 * mapped from the item written (with its generated id, version and timestamps).
	 * @param entity the entity given to the write
	 * @param item the item written, from {@link #toItem(Object)}
	 * @return the entity written
	 */
	public T written(T entity, Map<String, AttributeValue> item) {
		return writesAsMapped() ? entity : fromItem(item);
	}

	/**
	 * Return the key an entity will be written with, read from its key properties alone,
	 * when that needs no conversion of the whole item: no templated key, no generated id,
	 * no auditor attribute, and every key property set. The item may then be converted
	 * later and on another thread (a batch maps its puts in its workers).
	 * @param entity the entity
	 * @return the key, or {@code null} when only {@link #toItem(Object)} can tell it
	 */
	public @Nullable Map<String, AttributeValue> keyOfEntity(T entity) {
		if (this.keys.hasTemplates() || !this.features.writesApartFromCaller()
				|| isKeyAttribute(this.features.modifiedAttribute())) {
			// the key is built, generated or stamped while converting
			return null;
		}
		AttributeValue partition = this.schema.attributeValue(entity, this.keys.partitionKey());
		if (partition == null || Boolean.TRUE.equals(partition.nul())) {
			return null;
		}
		String sortKey = this.keys.sortKey();
		if (sortKey == null) {
			return Map.of(this.keys.partitionKey(), partition);
		}
		AttributeValue sort = this.schema.attributeValue(entity, sortKey);
		if (sort == null || Boolean.TRUE.equals(sort.nul())) {
			return null;
		}
		return Map.of(this.keys.partitionKey(), partition, sortKey, sort);
	}

	private boolean isKeyAttribute(@Nullable String attribute) {
		return attribute != null
				&& (attribute.equals(this.keys.partitionKey()) || attribute.equals(this.keys.sortKey()));
	}

	/**
	 * Convert a stored item to an entity: the TTL read from epoch seconds, attributes of
	 * templated keys parsed back when absent.
	 * @param item the item
	 * @return the entity
	 */
	public T fromItem(Map<String, AttributeValue> item) {
		if (!this.keys.hasTemplates() && this.features.ttlAttribute() == null) {
			// nothing to add or convert: map the item as DynamoDB returned it
			return this.schema.mapToItem(item);
		}
		Map<String, AttributeValue> copy = new HashMap<>(item);
		this.keys.parseTemplatedKeys(copy, this::attributeValueType);
		this.features.afterRead(copy);
		return this.schema.mapToItem(copy);
	}

	/**
	 * Build the key of an item from the values callers know: the key attributes' values,
	 * or for a templated key the value of its single placeholder attribute.
	 * @param partitionValue the partition key value
	 * @param sortValue the sort key value, or {@code null} for a table without sort key
	 * @return the key map
	 */
	public Map<String, AttributeValue> key(Object partitionValue, @Nullable Object sortValue) {
		return this.keys.key(partitionValue, sortValue, this::toAttributeValue, entityName());
	}

	/**
	 * Return the stored partition key value for what callers know (see
	 * {@link #key(Object, Object)}).
	 * @param partitionValue the partition key value, or its template's placeholder value
	 * @return the attribute value
	 */
	public AttributeValue partitionKeyValue(Object partitionValue) {
		return this.keys.partitionKeyValue(partitionValue, this::toAttributeValue, entityName());
	}

	/**
	 * Return the stored sort key value for what callers know (see
	 * {@link #key(Object, Object)}).
	 * @param sortValue the sort key value, or its template's placeholder value
	 * @return the attribute value
	 * @throws InvalidDataAccessApiUsageException if the table has no sort key
	 */
	public AttributeValue sortKeyValue(Object sortValue) {
		return this.keys.sortKeyValue(sortValue, this::toAttributeValue, entityName());
	}

	/**
	 * Return the template of the partition key.
	 * @return the template, or {@code null} when the key is a plain attribute
	 */
	public @Nullable KeyTemplate partitionKeyTemplate() {
		return this.keys.partitionTemplate();
	}

	/**
	 * Return the template of the sort key.
	 * @return the template, or {@code null} when the key is a plain attribute or absent
	 */
	public @Nullable KeyTemplate sortKeyTemplate() {
		return this.keys.sortTemplate();
	}

	/**
	 * Return the attribute a Java property is stored as (its {@code @DynamoDbAttribute}
	 * name when one is set).
	 * @param property the property name (record component or bean property)
	 * @return the attribute name, or {@code null} when the entity maps no such property
	 */
	public @Nullable String attributeNameOf(String property) {
		Map<String, String> attributes = this.propertyAttributes;
		if (attributes == null) {
			Map<String, String> names = new HashMap<>();
			for (EntityProperties.Property candidate : EntityProperties.of(this.type)) {
				if (this.attributeNames.contains(candidate.attributeName())) {
					names.put(candidate.name(), candidate.attributeName());
				}
			}
			attributes = Map.copyOf(names);
			this.propertyAttributes = attributes;
		}
		return attributes.get(property);
	}

	/**
	 * Return the Java type of a mapped attribute, as the schema converts it.
	 * @param attribute the attribute name
	 * @return the type, or {@code null} when the schema has no converter for it (such as
	 * a templated key attribute)
	 */
	public @Nullable Class<?> attributeType(String attribute) {
		if (!this.schema.attributeNames().contains(attribute)) {
			return null;
		}
		AttributeConverter<?> converter = this.schema.converterForAttribute(attribute);
		return (converter != null) ? converter.type().rawClass() : null;
	}

	/**
	 * Return the secondary index of the given name.
	 * @param name the index name
	 * @return the index
	 * @throws InvalidDataAccessApiUsageException naming the entity's indexes
	 */
	public IndexDefinition index(String name) {
		return this.indexes.stream()
			.filter((index) -> index.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidDataAccessApiUsageException(entityName() + " has no index '" + name
					+ "'; its indexes are " + this.indexes.stream().map(IndexDefinition::name).toList()
					+ ". Declare it with @DynamoDbSecondaryPartitionKey or @DynamoDbSecondarySortKey."));
	}

	/**
	 * Return the key attributes of an item.
	 * @param item the item
	 * @return the key map
	 */
	public Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item) {
		return this.keys.keyOf(item);
	}

	/**
	 * Convert a value of the given attribute as the entity's schema stores it.
	 * @param attribute the attribute name
	 * @param value the value
	 * @return the attribute value
	 */
	@SuppressWarnings("unchecked")
	public AttributeValue toAttributeValue(String attribute, @Nullable Object value) {
		if (value instanceof AttributeValue attributeValue) {
			return attributeValue;
		}
		if (value != null && attribute.equals(this.features.ttlAttribute()) && value instanceof Instant instant) {
			return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
		}
		Conversion conversion = (value != null) ? this.conversions.get(attribute) : null;
		if (conversion != null && conversion.type().isInstance(value)) {
			return conversion.converter().transformFrom(value);
		}
		return ValueConverter.DEFAULT.convert(AttributePath.of(attribute), value);
	}

	private AttributeValue convertForPath(AttributePath path, @Nullable Object value) {
		if (path.isTopLevel()) {
			return toAttributeValue(path.topLevelName(), value);
		}
		return ValueConverter.DEFAULT.convert(path, value);
	}

	private AttributeValueType attributeValueType(String attribute) {
		if (this.schema.attributeNames().contains(attribute)) {
			AttributeConverter<?> converter = this.schema.converterForAttribute(attribute);
			if (converter != null) {
				return converter.attributeValueType();
			}
		}
		return AttributeValueType.S;
	}

	/**
	 * Fail when a path names no attribute of this entity.
	 * @param path the path
	 * @throws InvalidDataAccessApiUsageException naming the entity and its attributes
	 */
	public void validatePath(AttributePath path) {
		if (!this.attributeNames.contains(path.topLevelName())) {
			throw new InvalidDataAccessApiUsageException(entityName() + " has no attribute '" + path.topLevelName()
					+ "' (in path '" + path + "'); its attributes are " + new TreeSet<>(this.attributeNames)
					+ ". Use the attribute name as stored (a @DynamoDbAttribute name when one is set).");
		}
	}

	/**
	 * Create the expression context of one request on this entity: values converted as
	 * the schema stores them, every path checked against the entity's attributes.
	 * @return a new context
	 */
	public ExpressionContext newExpressionContext() {
		return new ExpressionContext(this.valueConverter, this::validatePath);
	}

	/**
	 * Return the update with the attributes the entity manages added: the version
	 * incremented (so that versioned writes notice the change), the last-modified
	 * timestamp and auditor set, unless the update sets them itself.
	 * @param update the caller's update
	 * @return the update to send
	 */
	public Update withManagedAttributes(Update update) {
		String version = this.features.versionAttribute();
		String modified = this.features.modifiedAttribute();
		String modifiedBy = this.features.modifiedByAttribute();
		boolean addVersion = version != null && !update.touches(version);
		boolean setModified = modified != null && !update.touches(modified);
		AttributeValue auditor = (modifiedBy != null && !update.touches(modifiedBy)) ? this.features.auditor(modifiedBy)
				: null;
		if (!addVersion && !setModified && auditor == null) {
			return update;
		}
		Update managed = update.copy();
		if (addVersion) {
			managed.add(version, 1);
		}
		if (setModified) {
			managed.set(modified, this.features.timestamp(modified, this.features.now()));
		}
		if (auditor != null) {
			managed.set(modifiedBy, auditor);
		}
		return managed;
	}

	EntityFeatures features() {
		return this.features;
	}

	private static boolean isEmptySet(AttributeValue value) {
		return (value.hasSs() && value.ss().isEmpty()) || (value.hasNs() && value.ns().isEmpty())
				|| (value.hasBs() && value.bs().isEmpty());
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Conversion> conversions(TableSchema<?> schema) {
		Map<String, Conversion> conversions = new HashMap<>();
		for (String attribute : schema.attributeNames()) {
			AttributeConverter<Object> converter;
			try {
				converter = (AttributeConverter<Object>) schema.converterForAttribute(attribute);
			}
			catch (UnsupportedOperationException ex) {
				// a schema that does not tell its converters: values go through the
				// default conversion
				continue;
			}
			if (converter != null) {
				conversions.put(attribute, new Conversion(converter, converter.type().rawClass()));
			}
		}
		return conversions;
	}

	private record Conversion(AttributeConverter<Object> converter, Class<?> type) {

		boolean isSet() {
			AttributeValueType stored = this.converter.attributeValueType();
			return stored == AttributeValueType.SS || stored == AttributeValueType.NS
					|| stored == AttributeValueType.BS;
		}

	}

	@Override
	public String toString() {
		return "EntityMetadata[" + entityName() + " -> " + this.tableName + ", key=" + this.keys + "]";
	}

}
