/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.TimeToLive;

/** DescribeTimeToLive: ENABLED with its attribute, or DISABLED. */
public final class DescribeTimeToLive implements Operation {

	private final EngineContext context;

	public DescribeTimeToLive(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Constraints.requiredTableName("TableName", name);
		new Constraints().name("tableName", name).check();
		TimeToLive ttl = Tables.named(this.context.catalog(), name).definition().timeToLive();
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("TimeToLiveStatus", ttl.enabled() ? "ENABLED" : "DISABLED");
		if (ttl.enabled()) {
			description.put("AttributeName", ttl.attributeName());
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("TimeToLiveDescription", description);
		return response;
	}

}
