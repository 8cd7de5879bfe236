/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.beans.Introspector;
import java.lang.invoke.MethodHandles;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.IndexMetadata;
import software.amazon.awssdk.enhanced.dynamodb.KeyAttributeMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableMetadata;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;
import software.amazon.awssdk.enhanced.dynamodb.mapper.ImmutableTableSchemaParams;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;
import org.springframework.util.StringUtils;

/**
 * The registry of entity metadata: builds each entity's {@link EntityMetadata} once (at
 * start-up for scanned entities, else on first use) and caches it. Table schemas of beans
 * and immutables are built with a lookup in the entity's own class, so mapping works
 * under a restart class loader such as Spring Boot DevTools'.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoMappingContext {

	private final TableNameResolver tableNames;

	private final Clock clock;

	private final MethodHandleTableSchemas methodHandleSchemas = new MethodHandleTableSchemas();

	private final Map<Class<?>, EntityMetadata<?>> entities = new ConcurrentHashMap<>();

	private volatile @Nullable Supplier<? extends Optional<?>> auditor;

	/**
	 * Create a context.
	 * @param tableNames resolves physical table names
	 */
	public DynamoMappingContext(TableNameResolver tableNames) {
		this(tableNames, Clock.systemUTC());
	}

	/**
	 * Create a context with the clock used for timestamps.
	 * @param tableNames resolves physical table names
	 * @param clock the clock of created and last-modified timestamps
	 */
	public DynamoMappingContext(TableNameResolver tableNames, Clock clock) {
		this.tableNames = tableNames;
		this.clock = clock;
	}

	/**
	 * Whether the type is an entity: a record annotated with {@link DynamoEntity}, or a
	 * class annotated with {@code @DynamoDbBean}, {@code @DynamoDbImmutable} or
	 * {@link DynamoEntity}.
	 * @param type the type
	 * @return {@code true} for an entity
	 */
	public static boolean isEntity(Class<?> type) {
		return type.isAnnotationPresent(DynamoEntity.class) || type.isAnnotationPresent(DynamoDbBean.class)
				|| type.isAnnotationPresent(DynamoDbImmutable.class);
	}

	/**
	 * Build the metadata of the given entities now, so that a mapping error fails
	 * start-up.
	 * @param types the entity types
	 */
	public void initialize(Collection<Class<?>> types) {
		types.forEach(this::getEntity);
	}

	/**
	 * Return the metadata of an entity type, building it on first use.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the metadata
	 * @throws org.springframework.dao.InvalidDataAccessApiUsageException if the type is
	 * not a valid entity
	 */
	@SuppressWarnings("unchecked")
	public <T> EntityMetadata<T> getEntity(Class<T> type) {
		EntityMetadata<?> metadata = this.entities.get(type);
		if (metadata == null) {
			metadata = this.entities.computeIfAbsent(type, this::build);
		}
		return (EntityMetadata<T>) metadata;
	}

	/**
	 * Return the metadata built so far.
	 * @return the entities
	 */
	public Collection<EntityMetadata<?>> entities() {
		return Collections.unmodifiableCollection(new ArrayList<>(this.entities.values()));
	}

	private <T> EntityMetadata<T> build(Class<T> type) {
		try {
			return doBuild(type);
		}
		catch (InvalidEntityException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			throw new InvalidEntityException("Cannot map " + type.getName() + ": " + ex.getMessage(), ex);
		}
	}

	private <T> EntityMetadata<T> doBuild(Class<T> type) {
		if (!isEntity(type)) {
			throw new InvalidEntityException(type.getName() + " is not a DynamoDB entity: annotate a class with "
					+ "@DynamoDbBean (or @DynamoDbImmutable), or a record with @DynamoEntity");
		}
		TableSchema<T> schema = schemaFor(type);
		TableMetadata table = schema.tableMetadata();
		List<EntityProperties.Property> properties = EntityProperties.of(type);
		String entityName = type.getSimpleName();

		PartitionKeyTemplate partitionTemplate = type.getAnnotation(PartitionKeyTemplate.class);
		SortKeyTemplate sortTemplate = type.getAnnotation(SortKeyTemplate.class);
		Optional<String> schemaPartitionKey = primaryPartitionKey(table);
		Map<String, ScalarAttributeType> keyTypes = new LinkedHashMap<>();
		KeyTemplate partition = null;
		String partitionKey;
		if (partitionTemplate != null) {
			require(schemaPartitionKey.isEmpty(), entityName
					+ " declares both @PartitionKeyTemplate and a @DynamoDbPartitionKey property: keep one of them");
			partition = template(partitionTemplate.attribute(), partitionTemplate.value(), schema, entityName);
			partitionKey = partition.attribute();
			keyTypes.put(partitionKey, ScalarAttributeType.S);
		}
		else {
			partitionKey = schemaPartitionKey.orElseThrow(() -> new InvalidEntityException(entityName
					+ " has no partition key: annotate a getter (or record component) with @DynamoDbPartitionKey, "
					+ "or the class with @PartitionKeyTemplate"));
			keyTypes.put(partitionKey, scalarType(table, partitionKey));
		}
		KeyTemplate sort = null;
		String sortKey = schemaPartitionKey.isPresent() ? table.primarySortKey().orElse(null) : null;
		if (sortTemplate != null) {
			require(sortKey == null,
					entityName + " declares both @SortKeyTemplate and a @DynamoDbSortKey property: keep one of them");
			sort = template(sortTemplate.attribute(), sortTemplate.value(), schema, entityName);
			sortKey = sort.attribute();
			keyTypes.put(sortKey, ScalarAttributeType.S);
		}
		else if (sortKey != null) {
			keyTypes.put(sortKey, scalarType(table, sortKey));
		}
		List<IndexDefinition> indexes = indexes(type, table, partitionKey, keyTypes);
		EntityFeatures features = features(type, properties, schema);
		String tableName = this.tableNames.resolve(tableName(type));
		EntityMetadata<T> metadata = new EntityMetadata<>(type, schema, tableName,
				new EntityKeys(partitionKey, sortKey, partition, sort), indexes, keyTypes, features);
		features.converter(metadata::toAttributeValue);
		return metadata;
	}

	@SuppressWarnings("unchecked")
	private <T> TableSchema<T> schemaFor(Class<T> type) {
		if (type.isRecord()) {
			return this.methodHandleSchemas.schemaFor(type);
		}
		MethodHandles.Lookup lookup = lookup(type);
		if (type.isAnnotationPresent(DynamoDbImmutable.class)) {
			return TableSchema.fromImmutableClass(ImmutableTableSchemaParams.builder(type).lookup(lookup).build());
		}
		if (type.isAnnotationPresent(DynamoDbBean.class)) {
			try {
				return TableSchema.fromBean(BeanTableSchemaParams.builder(type).lookup(lookup).build());
			}
			catch (IllegalArgumentException ex) {
				// The SDK's lambdas cannot be defined for a class of another class loader
				// (Spring Boot DevTools' restart class loader): bind method handles
				// instead
				return this.methodHandleSchemas.schemaFor(type);
			}
		}
		throw new InvalidEntityException(type.getName()
				+ " is annotated with @DynamoEntity but is neither a record nor a @DynamoDbBean or @DynamoDbImmutable class");
	}

	private static MethodHandles.Lookup lookup(Class<?> type) {
		try {
			return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
		}
		catch (IllegalAccessException ex) {
			throw new InvalidEntityException("Cannot access " + type.getName() + ": open its package to the starter",
					ex);
		}
	}

	private static Optional<String> primaryPartitionKey(TableMetadata table) {
		try {
			return Optional.of(table.primaryPartitionKey());
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static KeyTemplate template(String attribute, String value, TableSchema<?> schema, String entityName) {
		KeyTemplate template = new KeyTemplate(attribute, value);
		for (String placeholder : template.placeholders()) {
			require(schema.attributeNames().contains(placeholder),
					"Key template '" + value + "' of " + entityName + " reads attribute '" + placeholder + "', which "
							+ entityName + " does not have; its attributes are " + schema.attributeNames());
		}
		return template;
	}

	private List<IndexDefinition> indexes(Class<?> type, TableMetadata table, String partitionKey,
			Map<String, ScalarAttributeType> keyTypes) {
		Map<String, IndexProjection> projections = new LinkedHashMap<>();
		for (IndexProjection projection : type.getAnnotationsByType(IndexProjection.class)) {
			projections.put(projection.index(), projection);
		}
		List<IndexDefinition> indexes = new ArrayList<>();
		for (IndexMetadata index : table.indices()) {
			if (TableMetadata.primaryIndexName().equals(index.name())) {
				continue;
			}
			Optional<String> indexPartition = index.partitionKey().map(KeyAttributeMetadata::name);
			String indexSort = index.sortKey().map(KeyAttributeMetadata::name).orElse(null);
			indexPartition.ifPresent((name) -> keyTypes.put(name, scalarType(table, name)));
			if (indexSort != null) {
				keyTypes.put(indexSort, scalarType(table, indexSort));
			}
			IndexProjection projection = projections.remove(index.name());
			indexes.add(new IndexDefinition(index.name(), indexPartition.isEmpty(), indexPartition.orElse(partitionKey),
					indexSort, (projection != null) ? projection.type() : ProjectionType.ALL,
					(projection != null) ? List.of(projection.attributes()) : List.of()));
		}
		require(projections.isEmpty(), type.getSimpleName() + " declares @IndexProjection for " + projections.keySet()
				+ ", which no @DynamoDbSecondaryPartitionKey or @DynamoDbSecondarySortKey names");
		return indexes;
	}

	private EntityFeatures features(Class<?> type, List<EntityProperties.Property> properties, TableSchema<?> schema) {
		String version = null;
		String ttl = null;
		String created = null;
		String modified = null;
		String generated = null;
		GeneratedId.Strategy strategy = GeneratedId.Strategy.UUID;
		for (EntityProperties.Property property : properties) {
			String name = property.attributeName();
			if (!schema.attributeNames().contains(name)) {
				continue;
			}
			if (property.has(Version.class) || property.has(DynamoDbVersionAttribute.class)) {
				require(Number.class
					.isAssignableFrom(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(property.type())),
						type.getSimpleName() + "." + property.name()
								+ " is a version attribute and must be a number (Long or Integer)");
				version = name;
			}
			if (property.has(TimeToLive.class)) {
				require(property.type() == Instant.class, type.getSimpleName() + "." + property.name()
						+ " is the @TimeToLive attribute and must be an Instant");
				ttl = name;
			}
			if (property.has(CreatedDate.class)) {
				requireInstant(type, property, "@CreatedDate");
				created = name;
			}
			if (property.has(LastModifiedDate.class)) {
				requireInstant(type, property, "@LastModifiedDate");
				modified = name;
			}
			GeneratedId generatedId = property.annotation(GeneratedId.class);
			if (generatedId != null) {
				require(property.type() == String.class, type.getSimpleName() + "." + property.name()
						+ " is a @GeneratedId attribute and must be a String");
				generated = name;
				strategy = generatedId.value();
			}
		}
		EntityFeatures features = new EntityFeatures(version, ttl, created, modified, generated, strategy, this.clock);
		features.auditors(attributeWith(properties, schema, CreatedBy.class),
				attributeWith(properties, schema, LastModifiedBy.class), this::currentAuditor);
		return features;
	}

	private static @Nullable String attributeWith(List<EntityProperties.Property> properties, TableSchema<?> schema,
			Class<? extends java.lang.annotation.Annotation> annotation) {
		return properties.stream()
			.filter((property) -> property.has(annotation)
					&& schema.attributeNames().contains(property.attributeName()))
			.map(EntityProperties.Property::attributeName)
			.findFirst()
			.orElse(null);
	}

	/**
	 * Set who is the current auditor, written into {@code @CreatedBy} (when absent) and
	 * {@code @LastModifiedBy} attributes on every write, as Spring Data auditing does.
	 * @param auditor the current auditor, or {@code null} to stop auditing
	 */
	public void setAuditor(@Nullable Supplier<? extends Optional<?>> auditor) {
		this.auditor = auditor;
	}

	private Optional<?> currentAuditor() {
		Supplier<? extends Optional<?>> current = this.auditor;
		return (current != null) ? current.get() : Optional.empty();
	}

	private static void requireInstant(Class<?> type, EntityProperties.Property property, String annotation) {
		require(property.type() == Instant.class, type.getSimpleName() + "." + property.name() + " is annotated with "
				+ annotation + " and must be an Instant");
	}

	private static String tableName(Class<?> type) {
		DynamoEntity entity = type.getAnnotation(DynamoEntity.class);
		if (entity != null && StringUtils.hasText(entity.table())) {
			return entity.table();
		}
		return Introspector.decapitalize(type.getSimpleName());
	}

	private static ScalarAttributeType scalarType(TableMetadata table, String attribute) {
		return table.scalarAttributeType(attribute).orElse(ScalarAttributeType.S);
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new InvalidEntityException(message);
		}
	}

	/**
	 * Thrown when a type cannot be mapped; the message says what to change.
	 */
	public static class InvalidEntityException extends org.springframework.dao.InvalidDataAccessApiUsageException {

		/**
		 * Create a new exception.
		 * @param message what is wrong and what to change
		 */
		public InvalidEntityException(String message) {
			super(message);
		}

		/**
		 * Create a new exception.
		 * @param message what is wrong and what to change
		 * @param cause the cause
		 */
		public InvalidEntityException(String message, @Nullable Throwable cause) {
			super(message, cause);
		}

	}

}
