/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.ImmutableAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTag;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticAttributeTags;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticImmutableTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.StaticTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbConvertedBy;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnore;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import org.springframework.beans.BeanUtils;

/**
 * Builds table schemas bound to method handles: for Java records, which the AWS SDK does
 * not map, and for beans whose class the SDK's lambda-based bean schema cannot reach
 * (classes of a restart class loader such as Spring Boot DevTools'). Properties become
 * attributes, with the SDK's key, index, attribute-name, ignore and converter
 * annotations; nested records and beans become maps. Accessors, setters and constructors
 * are bound once, when the schema is built.
 *
 * @author dynamo-spring-boot authors
 */
final class MethodHandleTableSchemas {

	private final Map<Class<?>, TableSchema<?>> schemas = new ConcurrentHashMap<>();

	@SuppressWarnings("unchecked")
	<T> TableSchema<T> schemaFor(Class<T> recordType) {
		TableSchema<?> existing = this.schemas.get(recordType);
		if (existing != null) {
			return (TableSchema<T>) existing;
		}
		TableSchema<T> schema = recordType.isRecord() ? build(recordType) : buildBean(recordType);
		this.schemas.put(recordType, schema);
		return schema;
	}

	private <T> TableSchema<T> build(Class<T> recordType) {
		RecordComponent[] components = recordType.getRecordComponents();
		MethodHandle constructor = canonicalConstructor(recordType, components);
		StaticImmutableTableSchema.Builder<T, Object[]> builder = TableSchema.builder(recordType, Object[].class)
			.newItemBuilder(() -> new Object[components.length],
					(values) -> construct(recordType, constructor, components, values));
		List<ImmutableAttribute<T, Object[], ?>> attributes = new ArrayList<>();
		for (int i = 0; i < components.length; i++) {
			attributes.add(attribute(recordType, components[i], i));
		}
		builder.attributes(attributes);
		return builder.build();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <T> ImmutableAttribute<T, Object[], ?> attribute(Class<T> recordType, RecordComponent component,
			int index) {
		Method accessor = component.getAccessor();
		MethodHandle getter = unreflect(recordType, accessor);
		DynamoDbAttribute rename = accessor.getAnnotation(DynamoDbAttribute.class);
		String name = (rename != null) ? rename.value() : component.getName();
		EnhancedType type = enhancedType(component);
		ImmutableAttribute.Builder<T, Object[], Object> attribute = ImmutableAttribute.builder(recordType,
				Object[].class, type);
		attribute.name(name).getter((item) -> invoke(getter, item)).setter((values, value) -> values[index] = value);
		AttributeConverter converter = converter(component);
		if (converter != null) {
			attribute.attributeConverter(converter);
		}
		attribute.tags(tags(accessor));
		return attribute.build();
	}

	private EnhancedType<?> enhancedType(RecordComponent component) {
		AttributeConverter<?> converter = converter(component);
		if (converter != null) {
			return converter.type();
		}
		return enhancedType(component.getGenericType());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private EnhancedType<?> enhancedType(Type type) {
		if (type instanceof Class<?> cls) {
			if (cls.isPrimitive()) {
				return EnhancedType.of(org.springframework.util.ClassUtils.resolvePrimitiveIfNecessary(cls));
			}
			if (cls.isRecord()) {
				return EnhancedType.documentOf((Class) cls, (TableSchema) schemaFor(cls));
			}
			if (cls.isAnnotationPresent(DynamoDbBean.class)) {
				return EnhancedType.documentOf((Class) cls, (TableSchema) schemaFor(cls));
			}
			return EnhancedType.of(cls);
		}
		if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
			Type[] arguments = parameterized.getActualTypeArguments();
			if (List.class.isAssignableFrom(raw) && arguments.length == 1) {
				return EnhancedType.listOf((EnhancedType) enhancedType(arguments[0]));
			}
			if (java.util.Set.class.isAssignableFrom(raw) && arguments.length == 1) {
				return EnhancedType.setOf((EnhancedType) enhancedType(arguments[0]));
			}
			if (Map.class.isAssignableFrom(raw) && arguments.length == 2) {
				return EnhancedType.mapOf((EnhancedType) enhancedType(arguments[0]),
						(EnhancedType) enhancedType(arguments[1]));
			}
		}
		return EnhancedType.of(type);
	}

	private @Nullable AttributeConverter<?> converter(RecordComponent component) {
		return converter(component.getAccessor(), component, component.getGenericType());
	}

	private @Nullable AttributeConverter<?> converter(Method accessor, @Nullable RecordComponent component,
			Type genericType) {
		if (accessor.isAnnotationPresent(JsonAttribute.class)
				|| (component != null && fieldHas(component, JsonAttribute.class))) {
			return JsonAttributeConverter.forType(genericType);
		}
		DynamoDbConvertedBy convertedBy = accessor.getAnnotation(DynamoDbConvertedBy.class);
		if (convertedBy != null) {
			return BeanUtils.instantiateClass(convertedBy.value());
		}
		return null;
	}

	private static boolean fieldHas(RecordComponent component, Class<? extends java.lang.annotation.Annotation> type) {
		try {
			return component.getDeclaringRecord().getDeclaredField(component.getName()).isAnnotationPresent(type);
		}
		catch (NoSuchFieldException ex) {
			return false;
		}
	}

	private static StaticAttributeTag[] tags(Method accessor) {
		List<StaticAttributeTag> tags = new ArrayList<>();
		if (accessor.isAnnotationPresent(DynamoDbPartitionKey.class)) {
			tags.add(StaticAttributeTags.primaryPartitionKey());
		}
		if (accessor.isAnnotationPresent(DynamoDbSortKey.class)) {
			tags.add(StaticAttributeTags.primarySortKey());
		}
		DynamoDbSecondaryPartitionKey gsiKey = accessor.getAnnotation(DynamoDbSecondaryPartitionKey.class);
		if (gsiKey != null) {
			tags.add(StaticAttributeTags.secondaryPartitionKey(Arrays.asList(gsiKey.indexNames())));
		}
		DynamoDbSecondarySortKey sortKey = accessor.getAnnotation(DynamoDbSecondarySortKey.class);
		if (sortKey != null) {
			tags.add(StaticAttributeTags.secondarySortKey(Arrays.asList(sortKey.indexNames())));
		}
		return tags.toArray(StaticAttributeTag[]::new);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private <T> TableSchema<T> buildBean(Class<T> beanType) {
		MethodHandle constructor;
		try {
			constructor = lookup(beanType).unreflectConstructor(beanType.getDeclaredConstructor());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(beanType.getName() + " needs a no-argument constructor to be mapped", ex);
		}
		StaticTableSchema.Builder<T> builder = StaticTableSchema.builder(beanType)
			.newItemSupplier(() -> beanType.cast(invokeConstructor(constructor)));
		for (java.beans.PropertyDescriptor property : BeanUtils.getPropertyDescriptors(beanType)) {
			Method getter = property.getReadMethod();
			Method setter = property.getWriteMethod();
			if (getter == null || setter == null || getter.getDeclaringClass() == Object.class
					|| getter.isAnnotationPresent(DynamoDbIgnore.class)) {
				continue;
			}
			MethodHandle get = unreflect(beanType, getter);
			MethodHandle set = unreflect(beanType, setter);
			DynamoDbAttribute rename = getter.getAnnotation(DynamoDbAttribute.class);
			AttributeConverter converter = converter(getter, null, getter.getGenericReturnType());
			EnhancedType type = (converter != null) ? converter.type() : enhancedType(getter.getGenericReturnType());
			builder.addAttribute(type, (attribute) -> {
				attribute.name((rename != null) ? rename.value() : property.getName())
					.getter((item) -> invoke(get, item))
					.setter((item, value) -> invoke(set, item, value))
					.tags(tags(getter));
				if (converter != null) {
					attribute.attributeConverter(converter);
				}
			});
		}
		return builder.build();
	}

	private static MethodHandle canonicalConstructor(Class<?> recordType, RecordComponent[] components) {
		Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
		try {
			Constructor<?> constructor = recordType.getDeclaredConstructor(types);
			return lookup(recordType).unreflectConstructor(constructor).asSpreader(Object[].class, components.length);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot access the canonical constructor of record " + recordType.getName()
					+ "; make the record public or open its package", ex);
		}
	}

	private static MethodHandle unreflect(Class<?> recordType, Method accessor) {
		try {
			return lookup(recordType).unreflect(accessor);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException("Cannot access accessor " + accessor, ex);
		}
	}

	private static MethodHandles.Lookup lookup(Class<?> type) throws IllegalAccessException {
		return MethodHandles.privateLookupIn(type, MethodHandles.lookup());
	}

	private static <T> T construct(Class<T> recordType, MethodHandle constructor, RecordComponent[] components,
			Object[] values) {
		for (int i = 0; i < components.length; i++) {
			Class<?> type = components[i].getType();
			if (values[i] == null && type.isPrimitive()) {
				values[i] = primitiveDefault(type);
			}
		}
		try {
			return recordType.cast(constructor.invoke(values));
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException("Could not create " + recordType.getName(), ex);
		}
	}

	private static Object invokeConstructor(MethodHandle constructor) {
		try {
			return constructor.invoke();
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void invoke(MethodHandle setter, Object item, Object value) {
		try {
			setter.invoke(item, value);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object invoke(MethodHandle getter, Object item) {
		try {
			return getter.invoke(item);
		}
		catch (RuntimeException | Error ex) {
			throw ex;
		}
		catch (Throwable ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Object primitiveDefault(Class<?> type) {
		if (type == boolean.class) {
			return false;
		}
		if (type == char.class) {
			return '\0';
		}
		if (type == long.class) {
			return 0L;
		}
		if (type == double.class) {
			return 0d;
		}
		if (type == float.class) {
			return 0f;
		}
		if (type == short.class) {
			return (short) 0;
		}
		if (type == byte.class) {
			return (byte) 0;
		}
		return 0;
	}

}
