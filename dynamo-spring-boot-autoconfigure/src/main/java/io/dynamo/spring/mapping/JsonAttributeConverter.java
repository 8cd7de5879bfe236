/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.lang.reflect.Type;

import software.amazon.awssdk.enhanced.dynamodb.AttributeConverter;
import software.amazon.awssdk.enhanced.dynamodb.AttributeValueType;
import software.amazon.awssdk.enhanced.dynamodb.EnhancedType;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a value of any type as a JSON string, with Jackson. Records use it through
 * {@link JsonAttribute}; for a bean property, subclass it with a no-argument constructor
 * and name the subclass in {@code @DynamoDbConvertedBy}:
 *
 * <pre class="code">
 * public class PreferencesJson extends JsonAttributeConverter&lt;Preferences&gt; {
 *     public PreferencesJson() { super(Preferences.class); }
 * }
 * </pre>
 *
 * @param <T> the converted type
 * @author dynamo-spring-boot authors
 */
public class JsonAttributeConverter<T> implements AttributeConverter<T> {

	private final Type type;

	private final JavaType javaType;

	private final JsonMapper mapper;

	/**
	 * Create a converter with Jackson's shared mapper.
	 * @param type the converted type, generic types included
	 */
	protected JsonAttributeConverter(Type type) {
		this(type, JsonMapper.shared());
	}

	/**
	 * Create a converter.
	 * @param type the converted type, generic types included
	 * @param mapper the mapper to write and read JSON with
	 */
	protected JsonAttributeConverter(Type type, JsonMapper mapper) {
		this.type = type;
		this.mapper = mapper;
		this.javaType = mapper.constructType(type);
	}

	static JsonAttributeConverter<Object> forType(Type type) {
		return new JsonAttributeConverter<>(type);
	}

	@Override
	public AttributeValue transformFrom(T input) {
		return AttributeValue.fromS(this.mapper.writeValueAsString(input));
	}

	@Override
	public T transformTo(AttributeValue input) {
		return this.mapper.readValue(input.s(), this.javaType);
	}

	@Override
	@SuppressWarnings("unchecked")
	public EnhancedType<T> type() {
		return (EnhancedType<T>) EnhancedType.of(this.type);
	}

	@Override
	public AttributeValueType attributeValueType() {
		return AttributeValueType.S;
	}

}
