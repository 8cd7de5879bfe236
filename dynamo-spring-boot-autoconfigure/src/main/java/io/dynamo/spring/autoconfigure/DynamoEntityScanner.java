/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds entity classes in the application's auto-configuration packages (the package of
 * the {@code @SpringBootApplication} class and below): records and classes annotated with
 * {@link DynamoEntity}, {@code @DynamoDbBean} or {@code @DynamoDbImmutable}.
 *
 * @author dynamo-spring-boot authors
 */
final class DynamoEntityScanner {

	private DynamoEntityScanner() {
	}

	static Set<Class<?>> scan(BeanFactory beanFactory, Environment environment, ResourceLoader resourceLoader) {
		if (!AutoConfigurationPackages.has(beanFactory)) {
			return Set.of();
		}
		List<String> packages = new ArrayList<>(AutoConfigurationPackages.get(beanFactory));
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false,
				environment);
		scanner.setResourceLoader(resourceLoader);
		scanner.addIncludeFilter(new AnnotationTypeFilter(DynamoEntity.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(DynamoDbBean.class));
		scanner.addIncludeFilter(new AnnotationTypeFilter(DynamoDbImmutable.class));
		Set<Class<?>> entities = new LinkedHashSet<>();
		for (String basePackage : packages) {
			scanner.findCandidateComponents(basePackage)
				.forEach((candidate) -> entities
					.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), resourceLoader.getClassLoader())));
		}
		return entities;
	}

}
