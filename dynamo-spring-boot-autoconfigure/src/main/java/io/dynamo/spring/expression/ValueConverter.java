/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.DefaultAttributeConverterProvider;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the Java values used in expressions to DynamoDB attribute values.
 *
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface ValueConverter {

	/**
	 * The generic converter: {@link AttributeValue}s as they are, strings, numbers,
	 * booleans, bytes, enums, dates and times, UUIDs as the AWS SDK's enhanced client
	 * stores them; lists, sets and string-keyed maps element by element; {@code null} as
	 * NULL.
	 */
	ValueConverter DEFAULT = new GenericValueConverter();

	/**
	 * Convert a value used at the given path.
	 * @param path the path the value is compared with or assigned to
	 * @param value the value
	 * @return the attribute value
	 */
	AttributeValue convert(AttributePath path, @Nullable Object value);

	/**
	 * The generic conversion; converters are looked up once per class.
	 */
	final class GenericValueConverter implements ValueConverter {

		private final DefaultAttributeConverterProvider provider = DefaultAttributeConverterProvider.create();

		private final Map<Class<?>, AttributeConverter<Object>> converters = new ConcurrentHashMap<>();

		@Override
		public AttributeValue convert(AttributePath path, @Nullable Object value) {
			return toAttributeValue(value);
		}

		AttributeValue toAttributeValue(@Nullable Object value) {
			if (value == null) {
				return AttributeValue.fromNul(true);
			}
			if (value instanceof AttributeValue attributeValue) {
				return attributeValue;
			}
			if (value instanceof SdkBytes bytes) {
				return AttributeValue.fromB(bytes);
			}
			if (value instanceof byte[] bytes) {
				return AttributeValue.fromB(SdkBytes.fromByteArray(bytes));
			}
			if (value instanceof ByteBuffer buffer) {
				return AttributeValue.fromB(SdkBytes.fromByteBuffer(buffer));
			}
			if (value instanceof Set<?> set) {
				return setValue(set);
			}
			if (value instanceof Collection<?> list) {
				List<AttributeValue> values = new ArrayList<>(list.size());
				list.forEach((element) -> values.add(toAttributeValue(element)));
				return AttributeValue.fromL(values);
			}
			if (value instanceof Map<?, ?> map) {
				Map<String, AttributeValue> values = new LinkedHashMap<>();
				map.forEach((key, element) -> values.put(String.valueOf(key), toAttributeValue(element)));
				return AttributeValue.fromM(values);
			}
			return converterFor(value.getClass()).transformFrom(value);
		}

		private AttributeValue setValue(Set<?> set) {
			if (set.isEmpty()) {
				throw new IllegalArgumentException(
						"DynamoDB has no empty sets: an empty set cannot be used as a value; remove the attribute instead");
			}
			Object first = set.iterator().next();
			if (first instanceof Number) {
				return AttributeValue.fromNs(set.stream().map((number) -> toAttributeValue(number).n()).toList());
			}
			if (first instanceof SdkBytes || first instanceof byte[] || first instanceof ByteBuffer) {
				return AttributeValue.fromBs(set.stream().map((bytes) -> toAttributeValue(bytes).b()).toList());
			}
			return AttributeValue.fromSs(set.stream().map((element) -> {
				AttributeValue converted = toAttributeValue(element);
				if (converted.s() == null) {
					throw new IllegalArgumentException("A set may hold strings, numbers or bytes, not " + element);
				}
				return converted.s();
			}).toList());
		}

		@SuppressWarnings("unchecked")
		private AttributeConverter<Object> converterFor(Class<?> type) {
			return this.converters.computeIfAbsent(type, (key) -> {
				try {
					return (AttributeConverter<Object>) this.provider.converterFor(EnhancedType.of(key));
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException("No conversion of " + key.getName()
							+ " to a DynamoDB attribute value; pass a supported type or an AttributeValue", ex);
				}
			});
		}

	}

}
