/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.item;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Request;

/** Constraint checks shared by the item operations. */
final class ItemRequests {

	static final String[] RETURN_VALUES = { "ALL_NEW", "UPDATED_OLD", "ALL_OLD", "NONE", "UPDATED_NEW" };

	private ItemRequests() {
	}

	static void returnConsumedCapacity(Constraints constraints, Request request) {
		constraints.oneOf("returnConsumedCapacity", request.string("ReturnConsumedCapacity"), "INDEXES", "TOTAL",
				"NONE");
	}

	static void returnItemCollectionMetrics(Constraints constraints, Request request) {
		constraints.oneOf("returnItemCollectionMetrics", request.string("ReturnItemCollectionMetrics"), "SIZE", "NONE");
	}

	static void returnValues(Constraints constraints, Request request) {
		constraints.oneOf("returnValues", request.string("ReturnValues"), RETURN_VALUES);
	}

	static void returnValuesOnFailure(Constraints constraints, Request request) {
		constraints.oneOf("returnValuesOnConditionCheckFailure", request.string("ReturnValuesOnConditionCheckFailure"),
				"ALL_OLD", "NONE");
	}

	static void conditionalOperator(Constraints constraints, Request request) {
		constraints.oneOf("conditionalOperator", request.string("ConditionalOperator"), "OR", "AND");
	}

}
