/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/** An operand of a condition: a document path, a value, or {@code size(...)}. */
interface Operand {

	/** The operand's value for an item, or null when it has none (a missing path). */
	AttributeValue value(Map<String, AttributeValue> item);

	record Path(AttributePath path) implements Operand {
		public AttributeValue value(Map<String, AttributeValue> item) {
			return this.path.get(item);
		}
	}

	record Constant(AttributeValue constant) implements Operand {
		public AttributeValue value(Map<String, AttributeValue> item) {
			return this.constant;
		}
	}

	record Size(Operand operand) implements Operand {
		public AttributeValue value(Map<String, AttributeValue> item) {
			AttributeValue value = this.operand.value(item);
			return (value != null) ? Values.size(value) : null;
		}
	}

}
