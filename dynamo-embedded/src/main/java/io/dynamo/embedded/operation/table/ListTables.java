/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/**
 * ListTables: names in order, at most {@code Limit} (1 to 100) after
 * {@code ExclusiveStartTableName}, with {@code LastEvaluatedTableName} when more remain.
 */
public final class ListTables implements Operation {

	private final EngineContext context;

	public ListTables(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String start = request.string("ExclusiveStartTableName");
		Long limit = request.number("Limit");
		new Constraints().name("exclusiveStartTableName", start)
			.minLength("exclusiveStartTableName", start, 3)
			.maxLength("exclusiveStartTableName", start, 255)
			.atLeast("limit", limit, 1)
			.atMost("limit", limit, 100)
			.check();
		int max = (limit != null) ? limit.intValue() : 100;
		var names = (start != null) ? this.context.catalog().tables().tailMap(start, false).keySet()
				: this.context.catalog().tables().keySet();
		List<String> page = new ArrayList<>();
		boolean more = false;
		for (String name : names) {
			if (page.size() == max) {
				more = true;
				break;
			}
			page.add(name);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		if (more) {
			response.put("LastEvaluatedTableName", page.get(page.size() - 1));
		}
		response.put("TableNames", page);
		return response;
	}

}
