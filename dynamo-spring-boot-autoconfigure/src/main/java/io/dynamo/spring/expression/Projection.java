/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.util.Arrays;
import java.util.List;

import org.springframework.util.Assert;

/**
 * The attributes to read, for gets and queries: {@code Projection.of("name",
 * "address.city", "items[0]")}.
 *
 * @author dynamo-spring-boot authors
 */
public final class Projection {

	private final List<AttributePath> paths;

	private Projection(List<AttributePath> paths) {
		this.paths = paths;
	}

	/**
	 * Create a projection of the given paths.
	 * @param paths the paths, at least one
	 * @return the projection
	 */
	public static Projection of(String... paths) {
		Assert.notEmpty(paths, "A projection needs at least one attribute");
		return new Projection(Arrays.stream(paths).map(AttributePath::parse).toList());
	}

	/**
	 * Return the projected paths.
	 * @return the paths
	 */
	public List<AttributePath> paths() {
		return this.paths;
	}

	/**
	 * Render this projection, adding its names to the context.
	 * @param context the request's expression context
	 * @return the projection expression
	 */
	public String render(ExpressionContext context) {
		StringBuilder out = new StringBuilder();
		for (AttributePath path : this.paths) {
			if (out.length() > 0) {
				out.append(", ");
			}
			out.append(context.path(path));
		}
		return out.toString();
	}

	/**
	 * Return a projection of these paths and the given extra ones (such as the key
	 * attributes needed to map an item back).
	 * @param extra the attributes to add when absent
	 * @return a new projection
	 */
	public Projection including(List<String> extra) {
		List<AttributePath> all = new java.util.ArrayList<>(this.paths);
		for (String name : extra) {
			AttributePath path = AttributePath.of(name);
			if (!all.contains(path)) {
				all.add(path);
			}
		}
		return new Projection(all);
	}

}
