/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/** DescribeLimits: DynamoDB's default account and table limits. */
public final class DescribeLimits implements Operation {

	@Override
	public Map<String, Object> execute(Request request) {
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("AccountMaxReadCapacityUnits", 80000L);
		response.put("AccountMaxWriteCapacityUnits", 80000L);
		response.put("TableMaxReadCapacityUnits", 40000L);
		response.put("TableMaxWriteCapacityUnits", 40000L);
		return response;
	}

}
