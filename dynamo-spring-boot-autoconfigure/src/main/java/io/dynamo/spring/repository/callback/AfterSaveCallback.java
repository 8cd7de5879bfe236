/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.callback;

import org.springframework.data.mapping.callback.EntityCallback;

/**
 * Entity callback invoked after a repository wrote an entity (with generated id, version
 * and timestamps set). Declare it as a bean; the repositories call every one in
 * {@link org.springframework.core.Ordered order}.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface AfterSaveCallback<T> extends EntityCallback<T> {

	/**
	 * Called after the item was written.
	 * @param entity the entity
	 * @param tableName the physical table name
	 * @return the entity to go on with (the same one, or a modified copy of an immutable)
	 */
	T onAfterSave(T entity, String tableName);

}
