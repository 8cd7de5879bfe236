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
 * Marks a class or record as a DynamoDB entity, found by entity scanning, and optionally
 * names its table. Records need it (the AWS SDK does not map records); classes annotated
 * with {@code @DynamoDbBean} or {@code @DynamoDbImmutable} are entities without it.
 *
 * @author dynamo-spring-boot authors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DynamoEntity {

	/**
	 * Name of the table, before {@code dynamo.table-prefix} and
	 * {@code dynamo.table-suffix} are applied. Defaults to the simple class name with a
	 * lower-case first letter.
	 * @return the table name
	 */
	String table() default "";

}
