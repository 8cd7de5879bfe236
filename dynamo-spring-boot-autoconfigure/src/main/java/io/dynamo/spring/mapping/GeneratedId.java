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
 * Generates a string attribute (usually a key) when an entity is written without it.
 *
 * @author dynamo-spring-boot authors
 */
@Target({ ElementType.METHOD, ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface GeneratedId {

	/**
	 * How to generate the id.
	 * @return the strategy
	 */
	Strategy value() default Strategy.UUID;

	/**
	 * Id generation strategies.
	 */
	enum Strategy {

		/**
		 * A random UUID, such as {@code 3f0c...}.
		 */
		UUID,

		/**
		 * A ULID: 26 characters that sort by creation time, such as
		 * {@code 01JD3Z8X7Q...}.
		 */
		ULID

	}

}
