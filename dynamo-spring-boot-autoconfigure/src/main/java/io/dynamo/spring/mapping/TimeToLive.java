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
 * Marks the {@link java.time.Instant} attribute after which DynamoDB may delete the item.
 * It is stored as epoch seconds (a number), as DynamoDB's TTL requires, and TTL is
 * enabled on it when the table is created.
 *
 * @author dynamo-spring-boot authors
 */
@Target({ ElementType.METHOD, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface TimeToLive {

}
