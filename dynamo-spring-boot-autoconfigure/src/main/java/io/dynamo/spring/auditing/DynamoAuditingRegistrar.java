/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.auditing;

import java.util.Map;

import io.dynamo.spring.mapping.DynamoMappingContext;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.domain.AuditorAware;
import org.springframework.util.StringUtils;

/**
 * Registers the {@link DynamoAuditing} of {@link EnableDynamoAuditing}.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoAuditingRegistrar implements ImportBeanDefinitionRegistrar {

	static final String BEAN_NAME = "dynamoAuditing";

	@Override
	public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
		Map<String, Object> attributes = metadata.getAnnotationAttributes(EnableDynamoAuditing.class.getName());
		String reference = (attributes != null) ? (String) attributes.get("auditorAwareRef") : "";
		BeanFactory beanFactory = (BeanFactory) registry;
		RootBeanDefinition definition = new RootBeanDefinition(DynamoAuditing.class,
				() -> new DynamoAuditing(beanFactory.getBean(DynamoMappingContext.class),
						() -> StringUtils.hasText(reference) ? beanFactory.getBean(reference, AuditorAware.class)
								: beanFactory.getBean(AuditorAware.class)));
		definition.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
		registry.registerBeanDefinition(BEAN_NAME, definition);
	}

}
