/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.mapping.EntityMetadata;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.beans.BeanUtils;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.query.ReturnedType;
import org.springframework.util.ClassUtils;

/**
 * Turns entities into what a query method returns: the entity itself, an interface
 * projection (Spring Data's proxies) or a DTO (a record or class whose constructor
 * parameters are named after entity properties, built through a method handle found
 * once), and tells which attributes to read ({@code ProjectionExpression}).
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
final class ResultMapper<T> {

	private final EntityMetadata<T> entity;

	private final ProjectionFactory projections;

	private final Map<Class<?>, Mapping> mappings = new ConcurrentHashMap<>();

	ResultMapper(EntityMetadata<T> entity, ProjectionFactory projections) {
		this.entity = entity;
		this.projections = projections;
	}

	/**
	 * Return how to map and what to read for a returned type, built once per type.
	 * @param type the returned type
	 * @return the mapping
	 * @throws InvalidDataAccessApiUsageException if the type reads properties the entity
	 * does not have
	 */
	Mapping mapping(ReturnedType type) {
		if (!type.isProjecting()) {
			return Mapping.IDENTITY;
		}
		return this.mappings.computeIfAbsent(type.getReturnedType(), (returned) -> build(type));
	}

	private Mapping build(ReturnedType type) {
		Class<?> returned = type.getReturnedType();
		List<String> attributes = new ArrayList<>();
		for (String property : type.getInputProperties()) {
			String attribute = this.entity.attributeNameOf(property);
			if (attribute == null) {
				throw new InvalidDataAccessApiUsageException(returned.getSimpleName() + " reads property '" + property
						+ "', which " + this.entity.entityName() + " does not have; name its properties after "
						+ this.entity.entityName() + "'s");
			}
			attributes.add(attribute);
		}
		Projection projection = attributes.isEmpty() ? null : Projection.of(attributes.toArray(String[]::new));
		if (type.isInterfaceProjection()) {
			return new Mapping((source) -> this.projections.createProjection(returned, source), projection,
					Set.copyOf(attributes));
		}
		return new Mapping(dto(returned), projection, Set.copyOf(attributes));
	}

	@SuppressWarnings("unchecked")
	private Function<Object, Object> dto(Class<?> type) {
		Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
		String[] names = BeanUtils.getParameterNames(constructor);
		Class<?>[] types = constructor.getParameterTypes();
		String[] attributes = new String[names.length];
		AttributeConverter<Object>[] converters = new AttributeConverter[names.length];
		for (int i = 0; i < names.length; i++) {
			String attribute = this.entity.attributeNameOf(names[i]);
			AttributeConverter<?> converter = (attribute != null)
					? this.entity.schema().converterForAttribute(attribute) : null;
			if (converter == null || !ClassUtils.resolvePrimitiveIfNecessary(types[i])
				.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(converter.type().rawClass()))) {
				throw new InvalidDataAccessApiUsageException("Cannot build " + type.getSimpleName() + " from "
						+ this.entity.entityName() + ": its constructor parameter '" + names[i] + "' ("
						+ types[i].getSimpleName() + ") is no property of " + this.entity.entityName()
						+ " of that type; name each parameter after a property and give it the property's type");
			}
			attributes[i] = attribute;
			converters[i] = (AttributeConverter<Object>) converter;
		}
		MethodHandle handle;
		try {
			handle = MethodHandles.privateLookupIn(type, MethodHandles.lookup())
				.unreflectConstructor(constructor)
				.asSpreader(Object[].class, names.length);
		}
		catch (IllegalAccessException ex) {
			throw new InvalidDataAccessApiUsageException(
					"Cannot access the constructor of " + type.getName() + ": make it public or open its package", ex);
		}
		return (source) -> {
			@SuppressWarnings("unchecked")
			T value = (T) source;
			Object[] arguments = new Object[attributes.length];
			for (int i = 0; i < attributes.length; i++) {
				AttributeValue stored = this.entity.schema().attributeValue(value, attributes[i]);
				arguments[i] = (stored == null || Boolean.TRUE.equals(stored.nul())) ? primitiveDefault(types[i])
						: converters[i].transformTo(stored);
			}
			try {
				return handle.invoke(arguments);
			}
			catch (RuntimeException | Error ex) {
				throw ex;
			}
			catch (Throwable ex) {
				throw new IllegalStateException("Cannot create " + type.getName(), ex);
			}
		};
	}

	private static @Nullable Object primitiveDefault(Class<?> type) {
		if (!type.isPrimitive()) {
			return null;
		}
		try {
			return MethodHandles.zero(type).invoke();
		}
		catch (Throwable ex) {
			throw new IllegalStateException("No default value for " + type, ex);
		}
	}

	/**
	 * How to map an entity, and the projection to read.
	 *
	 * @param mapper entity to returned value
	 * @param projection the attributes to read, or {@code null} for all
	 * @param attributes the projected attributes (empty for all)
	 */
	record Mapping(Function<Object, Object> mapper, @Nullable Projection projection, Set<String> attributes) {

		static final Mapping IDENTITY = new Mapping(Function.identity(), null, Set.of());

	}

}
