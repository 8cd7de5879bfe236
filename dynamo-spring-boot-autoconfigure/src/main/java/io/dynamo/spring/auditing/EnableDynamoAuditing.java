/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.auditing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

/**
 * Enables auditing of DynamoDB entities with the named
 * {@link org.springframework.data.domain.AuditorAware} bean. Spring Boot's
 * auto-configuration does this by itself when the context has exactly one
 * {@code AuditorAware}; use this annotation to choose among several.
 *
 * @author dynamo-spring-boot authors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(DynamoAuditingRegistrar.class)
public @interface EnableDynamoAuditing {

	/**
	 * The name of the {@code AuditorAware} bean; empty for the context's only one.
	 * @return the bean name
	 */
	String auditorAwareRef() default "";

}
