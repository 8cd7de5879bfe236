/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.batch;

import java.util.Map;

import io.dynamo.embedded.operation.Constraints;

/**
 * The constraints of a batch's {@code RequestItems} map as DynamoDB words them: one error
 * for all the table names that break the name rules, and for batch writes one for all the
 * request lists of the wrong length.
 */
final class RequestItems {

	private static final String NAME_RULES = "Map keys must satisfy constraint: [Member must have length less than or equal to 255, "
			+ "Member must have length greater than or equal to 3, Member must satisfy regular expression pattern: "
			+ Constraints.NAME_PATTERN + "]";

	private RequestItems() {
	}

	/** Checks the map: present, not empty, table names valid. */
	static void check(Constraints constraints, Map<String, Object> requestItems) {
		constraints.notNull("requestItems", requestItems);
		if (requestItems == null) {
			return;
		}
		constraints.minLength("requestItems", requestItems, 1);
		for (String name : requestItems.keySet()) {
			if (name.length() < 3 || name.length() > 255 || !Constraints.isName(name)) {
				constraints.add(requestItems, "requestItems", NAME_RULES);
				break;
			}
		}
	}

	/** Checks that every table's list of requests has 1 to {@code max} entries. */
	static void checkListLengths(Constraints constraints, Map<String, Object> requestItems, int max) {
		for (Object requests : requestItems.values()) {
			if (requests instanceof java.util.List<?> list && (list.isEmpty() || list.size() > max)) {
				constraints.add(requestItems, "requestItems",
						"Map value must satisfy constraint: [Member must have length less than or equal to " + max
								+ ", Member must have length greater than or equal to 1]");
				break;
			}
		}
	}

}
