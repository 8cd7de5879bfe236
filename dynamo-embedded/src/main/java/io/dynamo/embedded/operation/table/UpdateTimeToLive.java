/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TimeToLive;

/**
 * UpdateTimeToLive: stores the TTL attribute and whether expiry is on (the sweeper that
 * removes expired items reads it).
 */
public final class UpdateTimeToLive implements Operation {

	private final EngineContext context;

	public UpdateTimeToLive(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Map<String, Object> specification = request.object("TimeToLiveSpecification");
		Constraints.requiredTableName("TableName", name);
		Constraints.required("TimeToLiveSpecification", specification);
		String attribute = Members.string(specification, "AttributeName");
		Boolean enabled = Members.bool(specification, "Enabled");
		new Constraints().name("tableName", name)
			.notNull("timeToLiveSpecification.attributeName", attribute)
			.minLength("timeToLiveSpecification.attributeName", attribute, 1)
			.maxLength("timeToLiveSpecification.attributeName", attribute, 255)
			.notNull("timeToLiveSpecification.enabled", enabled)
			.check();
		Table table = Tables.named(this.context.catalog(), name);
		TimeToLive current = table.definition().timeToLive();
		if (current.enabled() == enabled) {
			throw DynamoException
				.validation(enabled ? "TimeToLive is already enabled" : "TimeToLive is already disabled");
		}
		if (!enabled && !attribute.equals(current.attributeName())) {
			throw DynamoException
				.validation("TimeToLive is active on a different AttributeName: current AttributeName is "
						+ current.attributeName());
		}
		table.redefine((definition) -> definition.withTimeToLive(new TimeToLive(attribute, enabled)));
		this.context.catalog().updated(table);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("Enabled", enabled);
		result.put("AttributeName", attribute);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("TimeToLiveSpecification", result);
		return response;
	}

}
