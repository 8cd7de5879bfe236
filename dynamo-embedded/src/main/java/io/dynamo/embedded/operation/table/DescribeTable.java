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

/** DescribeTable: the definition with item counts and sizes of the table and indexes. */
public final class DescribeTable implements Operation {

	private final EngineContext context;

	public DescribeTable(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Constraints.requiredTableName("TableName", name);
		new Constraints().name("tableName", name).check();
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Table", TableDescriptions.describe(Tables.named(this.context.catalog(), name)));
		return response;
	}

}
