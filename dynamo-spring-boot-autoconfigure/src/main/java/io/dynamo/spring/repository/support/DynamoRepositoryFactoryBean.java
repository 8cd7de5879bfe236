/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.support;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.data.mapping.callback.EntityCallbacks;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean of each DynamoDB repository. Uses the named {@link DynamoOperations}
 * bean, else the context's only one, and the context's entity callbacks. Being a
 * {@link RepositoryFactoryBeanSupport}, it gets Spring Boot's repository metrics.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the key type
 * @author dynamo-spring-boot authors
 */
public class DynamoRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
		extends RepositoryFactoryBeanSupport<T, S, ID> {

	private @Nullable DynamoOperations dynamoOperations;

	private @Nullable BeanFactory beanFactory;

	/**
	 * Create a factory bean.
	 * @param repositoryInterface the repository interface
	 */
	public DynamoRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
		super(repositoryInterface);
	}

	/**
	 * Set the operations repositories run with.
	 * @param dynamoOperations the operations
	 */
	public void setDynamoOperations(DynamoOperations dynamoOperations) {
		this.dynamoOperations = dynamoOperations;
	}

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		super.setBeanFactory(beanFactory);
		this.beanFactory = beanFactory;
	}

	@Override
	protected RepositoryFactorySupport createRepositoryFactory() {
		DynamoOperations operations = this.dynamoOperations;
		if (operations == null) {
			Assert.state(this.beanFactory != null, "No DynamoOperations set and no bean factory to find one in");
			operations = this.beanFactory.getBean(DynamoOperations.class);
		}
		DynamoEntityCallbacks callbacks = (this.beanFactory != null)
				? new DynamoEntityCallbacks(EntityCallbacks.create(this.beanFactory)) : DynamoEntityCallbacks.NONE;
		return new DynamoRepositoryFactory(operations, callbacks);
	}

}
