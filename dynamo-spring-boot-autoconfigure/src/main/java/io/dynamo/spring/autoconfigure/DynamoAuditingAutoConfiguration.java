/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.auditing.DynamoAuditing;
import io.dynamo.spring.auditing.EnableDynamoAuditing;
import io.dynamo.spring.mapping.DynamoMappingContext;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.AuditorAware;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of auditing: with exactly one
 * {@link AuditorAware} bean, entities' {@code @CreatedBy} and {@code @LastModifiedBy}
 * attributes are written with its current auditor. Backs off with
 * {@link EnableDynamoAuditing @EnableDynamoAuditing} and for
 * {@code dynamo.auditing.enabled=false}.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(after = DynamoDataAutoConfiguration.class)
@ConditionalOnBean(DynamoMappingContext.class)
@ConditionalOnSingleCandidate(AuditorAware.class)
@ConditionalOnBooleanProperty(name = "dynamo.auditing.enabled", matchIfMissing = true)
public final class DynamoAuditingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DynamoAuditing dynamoAuditing(DynamoMappingContext mappingContext, ObjectProvider<AuditorAware<?>> auditorAware) {
		return new DynamoAuditing(mappingContext, auditorAware::getObject);
	}

}
