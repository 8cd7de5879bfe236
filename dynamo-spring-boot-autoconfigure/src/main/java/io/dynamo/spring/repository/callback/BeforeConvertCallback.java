/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.callback;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Entity callback invoked before a repository converts an entity to the item it writes
 * (before auditing sets its timestamps and auditors). Declare it as a bean; the
 * repositories call every one in {@link org.springframework.core.Ordered order}.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface BeforeConvertCallback<T> extends EntityCallback<T> {

	/**
	 * Called before the entity is converted and written.
	 * @param entity the entity
	 * @param tableName the physical table name
	 * @return the entity to go on with (the same one, or a modified copy of an immutable)
	 */
	T onBeforeConvert(T entity, String tableName);

}
