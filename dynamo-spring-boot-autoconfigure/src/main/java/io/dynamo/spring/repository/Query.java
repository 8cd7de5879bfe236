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

import org.springframework.data.annotation.QueryAnnotation;

/**
 * A PartiQL statement run by a repository method ({@code ExecuteStatement}). Each
 * {@code ?} is bound to the next method parameter, always as a value, never as statement
 * text. {@code #{#tableName}} is replaced by the entity's physical table name (prefix and
 * suffix applied). A {@code SELECT} returns entities (or projections); other statements
 * ({@code UPDATE}, {@code INSERT}, {@code DELETE}) return nothing.
 *
 * <pre class="code">
 * &#64;Query("SELECT * FROM \"#{#tableName}\" WHERE customerId = ? AND status = ?")
 * List&lt;Order&gt; openOrders(String customerId, String status);
 * </pre>
 *
 * A statement is sent as written: one whose {@code WHERE} does not fix the partition key
 * scans the table.
 *
 * @author dynamo-spring-boot authors
 */
@Documented
@QueryAnnotation
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Query {

	/**
	 * The PartiQL statement.
	 * @return the statement
	 */
	String value();

}
