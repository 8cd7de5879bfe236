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
 * Lets a repository method read the whole table: a derived query that no key query can
 * serve runs as a scan with the same filter, and {@code findAll()}, {@code count()} and
 * {@code deleteAll()} may be declared. On the repository interface it applies to every
 * method. Without it, such a method fails the application's start-up.
 *
 * @author dynamo-spring-boot authors
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface AllowScan {

}
