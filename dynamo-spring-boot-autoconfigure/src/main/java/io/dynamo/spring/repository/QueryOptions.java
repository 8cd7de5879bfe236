/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How a derived query reads: consistency and the page size of each request.
 *
 * @author dynamo-spring-boot authors
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface QueryOptions {

	/**
	 * Whether to read with strong consistency (the table and local indexes only: a method
	 * on a global index that asks for it fails at start-up).
	 * @return whether reads are strongly consistent
	 */
	boolean consistentRead() default false;

	/**
	 * The items DynamoDB evaluates per request ({@code Limit}); {@code 0} leaves it to
	 * DynamoDB (1 MB pages).
	 * @return the page size
	 */
	int pageSize() default 0;

}
