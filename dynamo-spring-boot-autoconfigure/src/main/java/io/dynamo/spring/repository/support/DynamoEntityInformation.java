/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.support;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.KeyTemplate;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.repository.core.EntityInformation;

/**
 * The repository's view of an entity: its key as the repository's {@code ID} and back.
 * {@code ID} is {@link DynamoKey}, the partition key's type (tables without sort key), or
 * a record whose components are named after the key attributes (or, for a templated key,
 * after the template's single attribute). Accessors are bound once, at start-up.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 * @author dynamo-spring-boot authors
 */
public class DynamoEntityInformation<T, ID> implements EntityInformation<T, ID> {

	private final EntityMetadata<T> entity;

	private final Class<ID> idType;

	private final String partitionAttribute;

	private final @Nullable String sortAttribute;

	private final @Nullable MethodHandle[] recordAccessors;

	private final @Nullable MethodHandle recordConstructor;

	/**
	 * Create the information of an entity with the key type of its repository.
	 * @param entity the entity metadata
	 * @param idType the repository's {@code ID} type
	 * @param repository the repository interface, for messages
	 * @throws InvalidDataAccessApiUsageException if the key type does not fit the table's
	 * key
	 */
	public DynamoEntityInformation(EntityMetadata<T> entity, Class<ID> idType, Class<?> repository) {
		this.entity = entity;
		this.idType = idType;
		this.partitionAttribute = keyAttribute(entity.partitionKey(), entity.partitionKeyTemplate());
		this.sortAttribute = (entity.sortKey() != null) ? keyAttribute(entity.sortKey(), entity.sortKeyTemplate())
				: null;
		if (idType.isRecord() && !DynamoKey.class.equals(idType)) {
			RecordComponent[] components = idType.getRecordComponents();
			MethodHandles.Lookup lookup = handle(() -> MethodHandles.privateLookupIn(idType, MethodHandles.lookup()),
					idType);
			this.recordAccessors = new MethodHandle[2];
			for (RecordComponent component : components) {
				String attribute = attributeOf(component.getName());
				int slot = attribute.equals(this.partitionAttribute) ? 0
						: attribute.equals(this.sortAttribute) ? 1 : -1;
				if (slot < 0 || components.length != ((this.sortAttribute != null) ? 2 : 1)) {
					throw new InvalidDataAccessApiUsageException(repository.getSimpleName() + ": key record "
							+ idType.getSimpleName() + " must have exactly the components '" + this.partitionAttribute
							+ "'" + ((this.sortAttribute != null) ? " and '" + this.sortAttribute + "'" : "")
							+ ", named after the key of " + entity.entityName() + ", or use DynamoKey as the ID");
				}
				this.recordAccessors[slot] = handle(() -> lookup.unreflect(component.getAccessor()), idType);
			}
			Class<?>[] types = java.util.Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
			this.recordConstructor = handle(() -> lookup.unreflectConstructor(idType.getDeclaredConstructor(types)),
					idType);
		}
		else {
			this.recordAccessors = null;
			this.recordConstructor = null;
			if (this.sortAttribute != null && !DynamoKey.class.equals(idType)) {
				throw new InvalidDataAccessApiUsageException(repository.getSimpleName() + ": the table of "
						+ entity.entityName() + " has the sort key '" + entity.sortKey() + "', so the repository's ID "
						+ "must be DynamoKey (DynamoKey.of(partition, sort)) or a record of the two key values, not "
						+ idType.getSimpleName());
			}
		}
	}

	private static String keyAttribute(String attribute, @Nullable KeyTemplate template) {
		return (template != null && template.placeholders().size() == 1) ? template.placeholders().get(0) : attribute;
	}

	private String attributeOf(String property) {
		String attribute = this.entity.attributeNameOf(property);
		return (attribute != null) ? attribute : property;
	}

	/**
	 * Return the entity metadata.
	 * @return the metadata
	 */
	public EntityMetadata<T> getEntity() {
		return this.entity;
	}

	/**
	 * Return the key of an {@code ID} as the template takes it.
	 * @param id the key
	 * @return the partition and sort values
	 */
	public DynamoKey toKey(Object id) {
		if (id instanceof DynamoKey key) {
			return key;
		}
		if (this.recordAccessors != null) {
			Object partition = invoke(this.recordAccessors[0], id);
			Object sort = (this.recordAccessors[1] != null) ? invoke(this.recordAccessors[1], id) : null;
			return new DynamoKey(partition, sort);
		}
		return DynamoKey.of(id);
	}

	@Override
	public boolean isNew(T entity) {
		String version = this.entity.versionAttribute();
		if (version != null) {
			AttributeValue value = this.entity.schema().attributeValue(entity, version);
			return value == null || Boolean.TRUE.equals(value.nul());
		}
		return getId(entity) == null;
	}

	@Override
	@SuppressWarnings("unchecked")
	public @Nullable ID getId(T entity) {
		Object partition = value(entity, this.entity.partitionKey(), this.entity.partitionKeyTemplate());
		Object sort = (this.entity.sortKey() != null)
				? value(entity, this.entity.sortKey(), this.entity.sortKeyTemplate()) : null;
		if (partition == null || (this.entity.sortKey() != null && sort == null)) {
			return null;
		}
		if (DynamoKey.class.equals(this.idType)) {
			return (ID) new DynamoKey(partition, sort);
		}
		if (this.recordConstructor != null) {
			return (ID) ((sort != null) ? invoke(this.recordConstructor, partition, sort)
					: invoke(this.recordConstructor, partition));
		}
		return (ID) partition;
	}

	private @Nullable Object value(T entity, String key, @Nullable KeyTemplate template) {
		if (template == null) {
			return javaValue(entity, key);
		}
		if (template.placeholders().size() == 1) {
			return javaValue(entity, template.placeholders().get(0));
		}
		Map<String, Object> values = new LinkedHashMap<>();
		for (String placeholder : template.placeholders()) {
			Object value = javaValue(entity, placeholder);
			if (value == null) {
				return null;
			}
			values.put(placeholder, value);
		}
		return values;
	}

	@SuppressWarnings("unchecked")
	private @Nullable Object javaValue(T entity, String attribute) {
		AttributeValue value = this.entity.schema().attributeValue(entity, attribute);
		if (value == null || Boolean.TRUE.equals(value.nul())) {
			return null;
		}
		AttributeConverter<Object> converter = (AttributeConverter<Object>) this.entity.schema()
			.converterForAttribute(attribute);
		return (converter != null) ? converter.transformTo(value) : value;
	}

	@Override
	public Class<ID> getIdType() {
		return this.idType;
	}

	@Override
	public Class<T> getJavaType() {
		return this.entity.type();
	}

	private static <H> H handle(HandleSupplier<H> supplier, Class<?> type) {
		try {
			return supplier.get();
		}
		catch (ReflectiveOperationException ex) {
			throw new InvalidDataAccessApiUsageException(
					"Cannot use key record " + type.getName() + ": open its package to the starter", ex);
		}
	}

	private static Object invoke(MethodHandle handle, Object... arguments) {
		try {
			return handle.invokeWithArguments(List.of(arguments));
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface HandleSupplier<H> {

		H get() throws ReflectiveOperationException;

	}

}
