/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.read;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.expression.AttributePath;
import io.dynamo.embedded.expression.Condition;
import io.dynamo.embedded.expression.ConditionExpression;
import io.dynamo.embedded.expression.ExpressionAttributes;
import io.dynamo.embedded.expression.Legacy;
import io.dynamo.embedded.expression.Projection;
import io.dynamo.embedded.expression.ProjectionExpression;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Request;

/** What Query and Scan share: member constraints, filter and projection parsing. */
final class ReadRequests {

	private ReadRequests() {
	}

	static void select(Constraints constraints, Request request) {
		constraints.oneOf("select", request.string("Select"), "SPECIFIC_ATTRIBUTES", "COUNT", "ALL_ATTRIBUTES",
				"ALL_PROJECTED_ATTRIBUTES");
	}

	static void indexName(Constraints constraints, Request request) {
		String indexName = request.string("IndexName");
		constraints.name("indexName", indexName)
			.minLength("indexName", indexName, 3)
			.maxLength("indexName", indexName, 255);
	}

	static void returnConsumedCapacity(Constraints constraints, Request request) {
		constraints.oneOf("returnConsumedCapacity", request.string("ReturnConsumedCapacity"), "INDEXES", "TOTAL",
				"NONE");
	}

	static void conditionalOperator(Constraints constraints, Request request) {
		constraints.oneOf("conditionalOperator", request.string("ConditionalOperator"), "OR", "AND");
	}

	static void limit(Constraints constraints, Request request) {
		constraints.atLeast("limit", request.number("Limit"), 1);
	}

	static Integer limit(Request request) {
		Long limit = request.number("Limit");
		return (limit != null) ? (int) Math.min(limit, Integer.MAX_VALUE) : null;
	}

	/** The FilterExpression, or the legacy filter, or null. */
	static Condition filter(Request request, ExpressionAttributes attributes, String legacyMember) {
		if (request.has("FilterExpression")) {
			return ConditionExpression.parseFilter(request.string("FilterExpression"), attributes);
		}
		Map<String, Object> legacy = request.object(legacyMember);
		if (legacy != null) {
			return Legacy.filter(legacyMember, legacy, request.string("ConditionalOperator"));
		}
		return null;
	}

	/** The ProjectionExpression, or AttributesToGet, or null. */
	static Projection projection(Request request, ExpressionAttributes attributes) {
		if (request.has("ProjectionExpression")) {
			return ProjectionExpression.parse(request.string("ProjectionExpression"), attributes);
		}
		List<Object> names = request.list("AttributesToGet");
		if (names != null) {
			Members.strings(names);
			return Legacy.attributesToGet(names);
		}
		return null;
	}

	/** The heads of a condition's paths, for the key attribute checks. */
	static void checkFilterKeys(Condition filter, ReadSource source, boolean expression) {
		if (filter == null) {
			return;
		}
		for (AttributePath path : filter.paths()) {
			if (source.schema.isKey(path.head())) {
				throw DynamoException.validation((expression ? "Filter Expression" : "QueryFilter")
						+ " can only contain non-primary key attributes: Primary key attribute: " + path.head());
			}
		}
	}

}
