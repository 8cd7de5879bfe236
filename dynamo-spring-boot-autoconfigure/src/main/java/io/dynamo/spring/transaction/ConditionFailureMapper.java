/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import org.jspecify.annotations.Nullable;

import io.dynamo.spring.core.ExistingItem;

import org.springframework.dao.DataAccessException;

/**
 * Turns the failed condition of one write into the exception that write raises outside a
 * transaction, such as an
 * {@link org.springframework.dao.OptimisticLockingFailureException} for a version check
 * or a {@link org.springframework.dao.DuplicateKeyException} for an insert-only write.
 *
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface ConditionFailureMapper {

	/**
	 * Map a failed condition.
	 * @param existing the item as stored when the condition failed
	 * @param cause the exception to use as cause (it lists every action of the
	 * transaction with its cancellation reason)
	 * @return the specific exception, or {@code null} when the failure has no more
	 * specific meaning than a failed condition
	 */
	@Nullable DataAccessException map(ExistingItem existing, Throwable cause);

}
