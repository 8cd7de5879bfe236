/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * The projection of a secondary index, used when the table is created. Indexes project
 * all attributes unless told otherwise.
 *
 * @author dynamo-spring-boot authors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Repeatable(IndexProjection.List.class)
public @interface IndexProjection {

	/**
	 * Name of the index.
	 * @return the index name
	 */
	String index();

	/**
	 * What the index holds.
	 * @return the projection type
	 */
	ProjectionType type() default ProjectionType.ALL;

	/**
	 * Non-key attributes held by an {@code INCLUDE} projection.
	 * @return the attribute names
	 */
	String[] attributes() default {};

	/**
	 * Container of repeated {@link IndexProjection}s.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@Documented
	@interface List {

		/**
		 * The projections.
		 * @return the projections
		 */
		IndexProjection[] value();

	}

}
