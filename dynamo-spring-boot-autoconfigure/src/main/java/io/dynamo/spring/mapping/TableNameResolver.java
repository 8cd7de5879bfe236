/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import org.jspecify.annotations.Nullable;

/**
 * Resolves physical table names: the entity's table name between a prefix and a suffix,
 * for per-environment tables ({@code dev-orders}, {@code orders-staging}).
 *
 * @param prefix text put before every table name, or {@code null}
 * @param suffix text put after every table name, or {@code null}
 * @author dynamo-spring-boot authors
 */
public record TableNameResolver(@Nullable String prefix, @Nullable String suffix) {

	/**
	 * A resolver that keeps names as they are.
	 */
	public static final TableNameResolver NONE = new TableNameResolver(null, null);

	/**
	 * Resolve a table name.
	 * @param name the entity's table name
	 * @return the physical table name
	 */
	public String resolve(String name) {
		return ((this.prefix != null) ? this.prefix : "") + name + ((this.suffix != null) ? this.suffix : "");
	}

}
