/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.model.Numbers;

/**
 * The right-hand side of a SET action: a path, a value, {@code if_not_exists},
 * {@code list_append}, or a sum or difference of two of these; evaluated against the item
 * as it was before the update.
 */
sealed interface UpdateValue {

	String MISSING = "The provided expression refers to an attribute that does not exist in the item";

	String WRONG_TYPE = "An operand in the update expression has an incorrect data type";

	AttributeValue evaluate(Map<String, AttributeValue> item);

	record PathRef(AttributePath path) implements UpdateValue {
		public AttributeValue evaluate(Map<String, AttributeValue> item) {
			AttributeValue value = this.path.get(item);
			if (value == null) {
				throw DynamoException.validation(MISSING);
			}
			return value;
		}
	}

	record Constant(AttributeValue value) implements UpdateValue {
		public AttributeValue evaluate(Map<String, AttributeValue> item) {
			return this.value;
		}
	}

	record IfNotExists(AttributePath path, UpdateValue fallback) implements UpdateValue {
		public AttributeValue evaluate(Map<String, AttributeValue> item) {
			AttributeValue value = this.path.get(item);
			return (value != null) ? value : this.fallback.evaluate(item);
		}
	}

	record ListAppend(UpdateValue first, UpdateValue second) implements UpdateValue {
		public AttributeValue evaluate(Map<String, AttributeValue> item) {
			AttributeValue.L a = list(this.first.evaluate(item));
			AttributeValue.L b = list(this.second.evaluate(item));
			List<AttributeValue> values = new ArrayList<>(a.values().size() + b.values().size());
			values.addAll(a.values());
			values.addAll(b.values());
			return new AttributeValue.L(values);
		}

		private static AttributeValue.L list(AttributeValue value) {
			if (value instanceof AttributeValue.L list) {
				return list;
			}
			throw DynamoException.validation(WRONG_TYPE);
		}
	}

	record Arithmetic(boolean plus, UpdateValue first, UpdateValue second) implements UpdateValue {
		public AttributeValue evaluate(Map<String, AttributeValue> item) {
			AttributeValue.N a = number(this.first.evaluate(item));
			AttributeValue.N b = number(this.second.evaluate(item));
			return new AttributeValue.N(
					Numbers.check(this.plus ? a.value().add(b.value()) : a.value().subtract(b.value())));
		}

		private static AttributeValue.N number(AttributeValue value) {
			if (value instanceof AttributeValue.N n) {
				return n;
			}
			throw DynamoException.validation(WRONG_TYPE);
		}
	}

}
