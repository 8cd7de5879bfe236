/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.List;
import java.util.Map;

/**
 * The items a batch get read, by entity type. Keys with no item are simply absent.
 *
 * @author dynamo-spring-boot authors
 */
public final class BatchGetResult {

	private final Map<Class<?>, List<Object>> items;

	BatchGetResult(Map<Class<?>, List<Object>> items) {
		this.items = items;
	}

	/**
	 * Return the items read of an entity type, in no particular order.
	 * @param <T> the entity type
	 * @param type the entity class
	 * @return the entities
	 */
	@SuppressWarnings("unchecked")
	public <T> List<T> get(Class<T> type) {
		return (List<T>) (List<?>) this.items.getOrDefault(type, List.of());
	}

	/**
	 * Return the number of items read.
	 * @return the count
	 */
	public int size() {
		return this.items.values().stream().mapToInt(List::size).sum();
	}

}
