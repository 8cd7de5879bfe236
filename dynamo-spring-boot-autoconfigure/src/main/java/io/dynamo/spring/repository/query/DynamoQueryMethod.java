/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.lang.reflect.Method;

import io.dynamo.spring.repository.AllowScan;
import io.dynamo.spring.repository.InvalidRepositoryMethodException;
import io.dynamo.spring.repository.Query;
import io.dynamo.spring.repository.QueryIndex;
import io.dynamo.spring.repository.QueryOptions;
import org.jspecify.annotations.Nullable;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;

/**
 * A repository query method with the DynamoDB annotations read once: {@link AllowScan}
 * (on the method or its repository), {@link QueryIndex}, {@link QueryOptions} and
 * {@link Query}.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoQueryMethod extends QueryMethod {

	private final Method method;

	private final Class<?> repositoryInterface;

	private final boolean allowScan;

	private final @Nullable String index;

	private final @Nullable QueryOptions options;

	private final @Nullable String statement;

	/**
	 * Create a query method.
	 * @param method the method
	 * @param metadata the repository metadata
	 * @param factory the projection factory
	 */
	public DynamoQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
		super(method, metadata, factory, DynamoParameters::new);
		this.method = method;
		this.repositoryInterface = metadata.getRepositoryInterface();
		this.allowScan = AnnotatedElementUtils.hasAnnotation(method, AllowScan.class)
				|| AnnotatedElementUtils.hasAnnotation(this.repositoryInterface, AllowScan.class);
		QueryIndex queryIndex = AnnotatedElementUtils.findMergedAnnotation(method, QueryIndex.class);
		this.index = (queryIndex != null) ? queryIndex.value() : null;
		this.options = AnnotatedElementUtils.findMergedAnnotation(method, QueryOptions.class);
		Query query = AnnotatedElementUtils.findMergedAnnotation(method, Query.class);
		this.statement = (query != null) ? query.value() : null;
	}

	/**
	 * Return the method.
	 * @return the method
	 */
	public Method getMethod() {
		return this.method;
	}

	/**
	 * Return the repository interface that declares the method.
	 * @return the interface
	 */
	public Class<?> getRepositoryInterface() {
		return this.repositoryInterface;
	}

	/**
	 * Whether the method may scan.
	 * @return {@code true} with {@link AllowScan} on the method or the repository
	 */
	public boolean isScanAllowed() {
		return this.allowScan;
	}

	/**
	 * Return the index named with {@link QueryIndex}.
	 * @return the index name, or {@code null}
	 */
	public @Nullable String getIndexName() {
		return this.index;
	}

	/**
	 * Whether reads are strongly consistent.
	 * @return the {@link QueryOptions#consistentRead()} value
	 */
	public boolean isConsistentRead() {
		return this.options != null && this.options.consistentRead();
	}

	/**
	 * Return the page size of each request.
	 * @return the page size, or {@code null} for DynamoDB's default
	 */
	public @Nullable Integer getPageSize() {
		return (this.options != null && this.options.pageSize() > 0) ? this.options.pageSize() : null;
	}

	/**
	 * Return the PartiQL statement of {@link Query}.
	 * @return the statement, or {@code null} for a derived query
	 */
	public @Nullable String getStatement() {
		return this.statement;
	}

	@Override
	public DynamoParameters getParameters() {
		return (DynamoParameters) super.getParameters();
	}

	/**
	 * Return a start-up failure for this method.
	 * @param reason why DynamoDB cannot serve the method
	 * @param fix what to change
	 * @return the exception to throw
	 */
	InvalidRepositoryMethodException invalid(String reason, String fix) {
		return new InvalidRepositoryMethodException(this.repositoryInterface, this.method, reason, fix);
	}

}
