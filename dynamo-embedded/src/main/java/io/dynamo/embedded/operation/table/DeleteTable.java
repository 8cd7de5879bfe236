/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * DeleteTable: the table and its items go at once; the answer describes it as DELETING
 * (without its global indexes, as DynamoDB answers).
 */
public final class DeleteTable implements Operation {

	private final EngineContext context;

	public DeleteTable(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Constraints.requiredTableName("TableName", name);
		new Constraints().name("tableName", name).check();
		Table table = Tables.named(this.context.catalog(), name);
		TableDefinition deleting = table.definition().withStatus("DELETING");
		deleting = deleting.withGlobalIndexes(List.of(), deleting.attributeDefinitions());
		Map<String, Object> description = TableDescriptions.describe(table, deleting);
		this.context.catalog().delete(table);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("TableDescription", description);
		return response;
	}

}
