/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.beans.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbIgnore;

import org.springframework.beans.BeanUtils;
import org.springframework.util.ReflectionUtils;

/**
 * The mapped properties of an entity type (record components, or bean and immutable
 * getters), with their attribute names and the annotations found on accessor or field.
 * Read once, when the entity's metadata is built.
 *
 * @author dynamo-spring-boot authors
 */
final class EntityProperties {

	private EntityProperties() {
	}

	static List<Property> of(Class<?> type) {
		List<Property> properties = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				properties.add(new Property(component.getName(), component.getAccessor(),
						ReflectionUtils.findField(type, component.getName()), component.getType()));
			}
			return properties;
		}
		for (PropertyDescriptor descriptor : BeanUtils.getPropertyDescriptors(type)) {
			Method getter = descriptor.getReadMethod();
			if (getter == null || getter.getDeclaringClass() == Object.class
					|| getter.isAnnotationPresent(DynamoDbIgnore.class)) {
				continue;
			}
			properties.add(new Property(descriptor.getName(), getter,
					ReflectionUtils.findField(type, descriptor.getName()), descriptor.getPropertyType()));
		}
		return properties;
	}

	/**
	 * A mapped property.
	 *
	 * @param name the Java property name
	 * @param accessor the getter or record accessor
	 * @param field the backing field, if found
	 * @param type the property type
	 */
	record Property(String name, Method accessor, @Nullable Field field, Class<?> type) {

		String attributeName() {
			DynamoDbAttribute rename = this.accessor.getAnnotation(DynamoDbAttribute.class);
			return (rename != null) ? rename.value() : this.name;
		}

		<A extends Annotation> @Nullable A annotation(Class<A> annotationType) {
			A onAccessor = this.accessor.getAnnotation(annotationType);
			if (onAccessor != null) {
				return onAccessor;
			}
			return (this.field != null) ? this.field.getAnnotation(annotationType) : null;
		}

		boolean has(Class<? extends Annotation> annotationType) {
			return annotation(annotationType) != null;
		}

	}

}
