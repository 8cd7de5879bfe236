/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.List;

import io.dynamo.embedded.model.AttributeValue;

/**
 * A parsed expression of a WHERE clause or a SET action. Parameters are already bound: a
 * {@code ?} is a {@link Value} like any literal.
 */
sealed interface Expr {

	/**
	 * An attribute or document path.
	 *
	 * @param elements names (String) and list indexes (Integer)
	 */
	record Path(List<Object> elements) implements Expr {

		String head() {
			return (String) this.elements.get(0);
		}

		boolean isTopLevel() {
			return this.elements.size() == 1;
		}

	}

	/** A literal or a bound parameter. */
	record Value(AttributeValue value) implements Expr {

	}

	/** A comparison: {@code = <> < <= > >=}. */
	record Compare(String operator, Expr left, Expr right) implements Expr {

	}

	record Between(Expr value, Expr low, Expr high) implements Expr {

	}

	record In(Expr value, List<Expr> options) implements Expr {

	}

	record And(Expr left, Expr right) implements Expr {

	}

	record Or(Expr left, Expr right) implements Expr {

	}

	record Not(Expr operand) implements Expr {

	}

	/** {@code + -} in a SET action. */
	record Arithmetic(String operator, Expr left, Expr right) implements Expr {

	}

	/** A function call, its name in lower case. */
	record Call(String name, List<Expr> arguments) implements Expr {

	}

	/** {@code IS [NOT] MISSING}, {@code IS [NOT] NULL}. */
	record Is(Path path, String what, boolean negated) implements Expr {

	}

}
