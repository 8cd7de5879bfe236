/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;

/** DescribeEndpoints: the regional endpoint, cached for 1,440 minutes. */
public final class DescribeEndpoints implements Operation {

	private final EngineContext context;

	public DescribeEndpoints(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		Map<String, Object> endpoint = new LinkedHashMap<>();
		endpoint.put("Address", "dynamodb." + this.context.region() + ".amazonaws.com");
		endpoint.put("CachePeriodInMinutes", 1440L);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Endpoints", List.of(endpoint));
		return response;
	}

}
