/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.auditing;

import java.util.function.Supplier;

import io.dynamo.spring.mapping.DynamoMappingContext;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.AuditorAware;

/**
 * Connects an {@link AuditorAware} to the entity metadata: every write through the
 * template or a repository then stores the current auditor in the entity's
 * {@code @CreatedBy} attribute (when the item has none yet) and its
 * {@code @LastModifiedBy} attribute, and updates by key set {@code @LastModifiedBy} too.
 * The auditor bean is looked up at the first write, not at start-up.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoAuditing implements InitializingBean {

	private final DynamoMappingContext mappingContext;

	private final Supplier<AuditorAware<?>> auditorAware;

	/**
	 * Create the auditing of a mapping context.
	 * @param mappingContext the entity metadata
	 * @param auditorAware supplies the auditor-aware bean
	 */
	public DynamoAuditing(DynamoMappingContext mappingContext, Supplier<AuditorAware<?>> auditorAware) {
		this.mappingContext = mappingContext;
		this.auditorAware = auditorAware;
	}

	@Override
	public void afterPropertiesSet() {
		this.mappingContext.setAuditor(() -> this.auditorAware.get().getCurrentAuditor());
	}

}
