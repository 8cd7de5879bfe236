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
 * Declares the table's partition key as a template over the entity's attributes, for
 * single-table design: {@code @PartitionKeyTemplate(attribute = "pk", value =
 * "CUSTOMER#{customerId}")}. The key attribute is built from the entity's attributes on
 * every write and parsed back into them on read when they are absent from the item. It
 * takes the place of a {@code @DynamoDbPartitionKey} property.
 *
 * @author dynamo-spring-boot authors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PartitionKeyTemplate {

	/**
	 * Name of the key attribute in the table.
	 * @return the attribute name
	 */
	String attribute();

	/**
	 * The template: literal text with {@code {attributeName}} placeholders, such as
	 * {@code CUSTOMER#{customerId}} or {@code ORDER#{createdAt}#{orderId}}.
	 * @return the template
	 */
	String value();

}
