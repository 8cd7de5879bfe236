/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/** A parsed statement, its parameters bound. */
sealed interface Statement {

	String table();

	/** Whether the statement reads (SELECT) rather than writes. */
	default boolean reads() {
		return this instanceof Select;
	}

	/**
	 * SELECT.
	 *
	 * @param projection the paths selected, or null for {@code *}
	 * @param index the index read, or null
	 * @param where the condition, or null
	 * @param orderBy the attribute ordered by, or null
	 */
	record Select(List<Expr.Path> projection, String table, String index, Expr where, String orderBy,
			boolean descending) implements Statement {

	}

	record Insert(String table, Map<String, AttributeValue> item) implements Statement {

	}

	/**
	 * UPDATE.
	 *
	 * @param sets the SET actions in order
	 * @param removes the REMOVE paths in order
	 * @param returning the ReturnValues of the RETURNING clause, or null
	 */
	record Update(String table, List<SetAction> sets, List<Expr.Path> removes, Expr where,
			String returning) implements Statement {

	}

	record Delete(String table, Expr where, String returning) implements Statement {

	}

	/** {@code EXISTS(SELECT ...)} in a transaction: a condition check. */
	record Exists(Select select) implements Statement {

		@Override
		public String table() {
			return this.select.table();
		}

	}

	/** One {@code SET path = value}. */
	record SetAction(Expr.Path path, Expr value) {

	}

}
