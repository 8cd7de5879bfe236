/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/** The comparisons of conditions, shared by expressions and the legacy parameters. */
final class Conditions {

	private Conditions() {
	}

	/** A condition that also tells the paths it reads. */
	record WithPaths(Condition condition, List<AttributePath> paths) implements Condition {

		WithPaths {
			paths = List.copyOf(paths);
		}

		@Override
		public boolean test(Map<String, AttributeValue> item) {
			return this.condition.test(item);
		}

	}

	static Condition compare(String operator, Operand left, Operand right) {
		return switch (operator) {
			case "=" -> (item) -> Values.equal(left.value(item), right.value(item));
			// a missing operand differs from everything, another missing operand included
			case "<>" -> (item) -> !Values.equal(left.value(item), right.value(item));
			case "<" -> (item) -> Values.compare(left.value(item), right.value(item)) == -1;
			case "<=" -> (item) -> {
				int c = Values.compare(left.value(item), right.value(item));
				return c == -1 || c == 0;
			};
			case ">" -> (item) -> Values.compare(left.value(item), right.value(item)) == 1;
			case ">=" -> (item) -> {
				int c = Values.compare(left.value(item), right.value(item));
				return c == 1 || c == 0;
			};
			default -> throw new IllegalArgumentException(operator);
		};
	}

	static Condition between(Operand value, Operand lower, Operand upper) {
		return (item) -> between(value.value(item), lower.value(item), upper.value(item));
	}

	static boolean between(AttributeValue value, AttributeValue lower, AttributeValue upper) {
		int low = Values.compare(value, lower);
		if (low != 0 && low != 1) {
			return false;
		}
		int high = Values.compare(value, upper);
		return high == 0 || high == -1;
	}

	static Condition in(Operand value, List<Operand> list) {
		return (item) -> {
			AttributeValue actual = value.value(item);
			if (actual == null) {
				return false;
			}
			for (Operand element : list) {
				if (actual.equals(element.value(item))) {
					return true;
				}
			}
			return false;
		};
	}

}
