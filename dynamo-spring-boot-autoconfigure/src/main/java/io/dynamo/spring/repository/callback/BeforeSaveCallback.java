/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.callback;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Entity callback invoked right before a repository writes an entity's item. Declare it
 * as a bean; the repositories call every one in {@link org.springframework.core.Ordered
 * order}.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface BeforeSaveCallback<T> extends EntityCallback<T> {

	/**
	 * Called right before the item is written.
	 * @param entity the entity
	 * @param tableName the physical table name
	 * @return the entity to go on with (the same one, or a modified copy of an immutable)
	 */
	T onBeforeSave(T entity, String tableName);

}
