/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.config;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.repository.DynamoRepository;
import io.dynamo.spring.repository.support.DynamoRepositoryFactoryBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.util.StringUtils;

/**
 * The Spring Data configuration extension of DynamoDB repositories: names the factory
 * bean, the entity annotations and the repository type that make an interface a DynamoDB
 * repository when several stores are on the class path.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

	@Override
	public String getModuleName() {
		return "DynamoDB";
	}

	@Override
	protected String getModulePrefix() {
		return "dynamo";
	}

	@Override
	public String getRepositoryFactoryBeanClassName() {
		return DynamoRepositoryFactoryBean.class.getName();
	}

	@Override
	protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
		return List.of(DynamoEntity.class, DynamoDbBean.class, DynamoDbImmutable.class);
	}

	@Override
	protected Collection<Class<?>> getIdentifyingTypes() {
		return List.of(DynamoRepository.class);
	}

	@Override
	public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
		String operations = config.getAttributes().getString("dynamoOperationsRef");
		if (StringUtils.hasText(operations)) {
			builder.addPropertyReference("dynamoOperations", operations);
		}
	}

}
