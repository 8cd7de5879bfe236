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
 * Names the secondary index a derived query reads, where the key schema alone does not
 * choose one (two indexes fit equally) or where you want another than the one chosen. The
 * method must still fix the index's partition key by equality.
 *
 * @author dynamo-spring-boot authors
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface QueryIndex {

	/**
	 * The index name, as declared with {@code @DynamoDbSecondaryPartitionKey} or
	 * {@code @DynamoDbSecondarySortKey}.
	 * @return the index name
	 */
	String value();

}
