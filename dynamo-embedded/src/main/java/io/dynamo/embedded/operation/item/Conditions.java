/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ConditionExpression;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Legacy;
import io.dynamo.embedded.operation.Request;

/**
 * The condition of a write: its {@code ConditionExpression} or legacy {@code Expected}.
 */
final class Conditions {

	private Conditions() {
	}

	/** The condition, or null when the write is unconditional. */
	static Condition condition(Request request, ExpressionAttributes attributes) {
		if (request.has("ConditionExpression")) {
			return ConditionExpression.parse(request.string("ConditionExpression"), attributes);
		}
		if (request.has("Expected")) {
			return Legacy.expected(request.object("Expected"), request.string("ConditionalOperator"));
		}
		return null;
	}

}
