/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.util.Assert;

/**
 * The items a {@link TransactGet} read, in the order of its keys, each mapped to its
 * entity, absent items as empty.
 *
 * @author dynamo-spring-boot authors
 */
public final class TransactGetResult {

	private final List<Optional<Object>> items;

	private final List<Class<?>> types;

	TransactGetResult(List<Optional<Object>> items, List<Class<?>> types) {
		this.items = Collections.unmodifiableList(items);
		this.types = List.copyOf(types);
	}

	/**
	 * Return the item read for a key.
	 * @param <T> the entity type
	 * @param index the key's position, from 0
	 * @param type the entity class the key was given with
	 * @return the entity, or empty when no item had the key
	 * @throws IllegalArgumentException if the key was given with another entity class
	 */
	public <T> Optional<T> get(int index, Class<T> type) {
		Assert.isTrue(this.types.get(index).equals(type), () -> "Key " + index + " of the transact get is of "
				+ this.types.get(index).getSimpleName() + ", not " + type.getSimpleName());
		return this.items.get(index).map(type::cast);
	}

	/**
	 * Return every item, in the order of the keys.
	 * @return the entities, absent items as empty
	 */
	public List<Optional<Object>> items() {
		return this.items;
	}

	/**
	 * Return the number of keys read.
	 * @return the count
	 */
	public int size() {
		return this.items.size();
	}

}
