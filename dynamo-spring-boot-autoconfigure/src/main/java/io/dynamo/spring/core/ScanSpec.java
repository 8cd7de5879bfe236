/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

/**
 * A scan: every item of a table or secondary index, optionally filtered. Scans read the
 * whole table: use them where you mean to. Specs are mutable builders; build one per
 * scan.
 *
 * @param <T> the entity type
 * @author dynamo-spring-boot authors
 */
public final class ScanSpec<T> extends ReadSpec<T, ScanSpec<T>> {

	private ScanSpec(Class<T> type) {
		super(type);
	}

	/**
	 * Scan the table of the given entity.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the spec
	 */
	public static <T> ScanSpec<T> of(Class<T> type) {
		return new ScanSpec<>(type);
	}

}
