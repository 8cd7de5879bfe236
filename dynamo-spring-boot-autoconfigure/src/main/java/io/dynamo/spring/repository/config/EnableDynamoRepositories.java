/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.config;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.dynamo.spring.repository.support.DynamoRepositoryFactoryBean;

import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

/**
 * Enables DynamoDB repositories: interfaces extending
 * {@link io.dynamo.spring.repository.DynamoRepository} in the packages named here (by
 * default the annotated class's package) become beans. Spring Boot's auto-configuration
 * does this for the application's packages unless this annotation is present.
 *
 * @author dynamo-spring-boot authors
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(DynamoRepositoriesRegistrar.class)
public @interface EnableDynamoRepositories {

	/**
	 * Alias for {@link #basePackages()}.
	 * @return the base packages
	 */
	@AliasFor("basePackages")
	String[] value() default {};

	/**
	 * The packages to scan for repository interfaces.
	 * @return the base packages
	 */
	@AliasFor("value")
	String[] basePackages() default {};

	/**
	 * Classes whose packages are scanned for repository interfaces.
	 * @return the marker classes
	 */
	Class<?>[] basePackageClasses() default {};

	/**
	 * Which interfaces are candidates, in addition to all in the base packages.
	 * @return the include filters
	 */
	Filter[] includeFilters() default {};

	/**
	 * Which interfaces are not candidates.
	 * @return the exclude filters
	 */
	Filter[] excludeFilters() default {};

	/**
	 * The postfix of custom implementation classes.
	 * @return the postfix
	 */
	String repositoryImplementationPostfix() default "Impl";

	/**
	 * The location of named queries (unused by derived key queries).
	 * @return the location
	 */
	String namedQueriesLocation() default "";

	/**
	 * How query methods are resolved.
	 * @return the lookup strategy key
	 */
	Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

	/**
	 * The factory bean class of every repository.
	 * @return the factory bean class
	 */
	Class<?> repositoryFactoryBeanClass() default DynamoRepositoryFactoryBean.class;

	/**
	 * The base class of repository implementations.
	 * @return the base class
	 */
	Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

	/**
	 * The name of the {@link io.dynamo.spring.core.DynamoOperations} bean the
	 * repositories use; empty for the only one in the context.
	 * @return the bean name
	 */
	String dynamoOperationsRef() default "";

	/**
	 * Whether interfaces nested in other classes are repositories too.
	 * @return whether nested interfaces are candidates
	 */
	boolean considerNestedRepositories() default false;

	/**
	 * When repositories are created.
	 * @return the bootstrap mode
	 */
	BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

}
