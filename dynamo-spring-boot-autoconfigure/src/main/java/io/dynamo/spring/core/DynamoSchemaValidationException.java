/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.List;

import org.springframework.dao.InvalidDataAccessResourceUsageException;

/**
 * Thrown when tables do not match their entities: missing tables, keys or indexes that
 * differ. The message lists every difference.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoSchemaValidationException extends InvalidDataAccessResourceUsageException {

	private final List<String> differences;

	/**
	 * Create a new exception.
	 * @param differences the differences found, one per entry
	 */
	public DynamoSchemaValidationException(List<String> differences) {
		super("Tables do not match their entities:\n - " + String.join("\n - ", differences));
		this.differences = List.copyOf(differences);
	}

	/**
	 * Return the differences found.
	 * @return one description per difference
	 */
	public List<String> getDifferences() {
		return this.differences;
	}

}
