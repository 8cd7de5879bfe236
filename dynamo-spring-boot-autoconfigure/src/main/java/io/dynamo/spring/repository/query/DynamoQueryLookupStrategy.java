/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.lang.reflect.Method;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;

import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * Resolves query methods when the repository is created: a
 * {@link io.dynamo.spring.repository.Query @Query} method becomes a PartiQL statement,
 * every other one a derived query planned on the spot, so that a method DynamoDB cannot
 * serve fails start-up.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoQueryLookupStrategy implements QueryLookupStrategy {

	private final DynamoOperations operations;

	private final DynamoEntityCallbacks callbacks;

	/**
	 * Create a strategy.
	 * @param operations the operations queries run with
	 * @param callbacks the entity callbacks
	 */
	public DynamoQueryLookupStrategy(DynamoOperations operations, DynamoEntityCallbacks callbacks) {
		this.operations = operations;
		this.callbacks = callbacks;
	}

	@Override
	public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory factory,
			NamedQueries namedQueries) {
		DynamoQueryMethod queryMethod = new DynamoQueryMethod(method, metadata, factory);
		if (queryMethod.getStatement() != null) {
			return new PartiqlDynamoQuery<>(queryMethod, this.operations, factory, this.callbacks);
		}
		return new PartTreeDynamoQuery<>(queryMethod, this.operations, factory, this.callbacks);
	}

}
