/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.support;

import java.util.Optional;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;
import io.dynamo.spring.repository.query.DynamoQueryLookupStrategy;
import org.jspecify.annotations.Nullable;

import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.ValueExpressionDelegate;

/**
 * Creates DynamoDB repositories: a {@link SimpleDynamoRepository} behind each interface,
 * query methods planned by {@link DynamoQueryLookupStrategy} as the repository is created
 * (so that a method DynamoDB cannot serve fails start-up), and scanning base methods
 * refused unless {@link io.dynamo.spring.repository.AllowScan} lets them.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoRepositoryFactory extends RepositoryFactorySupport {

	private final DynamoOperations operations;

	private final DynamoEntityCallbacks callbacks;

	/**
	 * Create a factory without entity callbacks.
	 * @param operations the operations repositories run with
	 */
	public DynamoRepositoryFactory(DynamoOperations operations) {
		this(operations, DynamoEntityCallbacks.NONE);
	}

	/**
	 * Create a factory.
	 * @param operations the operations repositories run with
	 * @param callbacks the entity callbacks
	 */
	public DynamoRepositoryFactory(DynamoOperations operations, DynamoEntityCallbacks callbacks) {
		this.operations = operations;
		this.callbacks = callbacks;
	}

	@Override
	public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
		return new DynamoEntityInformation<>(this.operations.getMappingContext().getEntity(metadata.getDomainType()),
				metadata.getIdType(), metadata.getRepositoryInterface());
	}

	@Override
	protected Object getTargetRepository(RepositoryInformation information) {
		ScanMethodGuard.check(information);
		return getTargetRepositoryViaReflection(information, getEntityInformation(information), this.operations,
				this.callbacks);
	}

	@Override
	protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
		return SimpleDynamoRepository.class;
	}

	@Override
	protected Optional<QueryLookupStrategy> getQueryLookupStrategy(QueryLookupStrategy.@Nullable Key key,
			ValueExpressionDelegate valueExpressionDelegate) {
		return Optional.of(new DynamoQueryLookupStrategy(this.operations, this.callbacks));
	}

}
