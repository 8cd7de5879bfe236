/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a record component of any type as a JSON string (with Jackson). On bean
 * properties, use {@code @DynamoDbConvertedBy} with a subclass of
 * {@link JsonAttributeConverter} instead.
 *
 * @author dynamo-spring-boot authors
 */
@Target({ ElementType.METHOD, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface JsonAttribute {

}
