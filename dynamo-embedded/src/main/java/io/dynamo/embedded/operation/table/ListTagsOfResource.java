/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.storage.Table;

/** ListTagsOfResource: a table's tags, all in one page. */
public final class ListTagsOfResource implements Operation {

	private final EngineContext context;

	public ListTagsOfResource(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String arn = request.string("ResourceArn");
		ResourceArns.check(arn, "ListTagsOfResource");
		ResourceArns.checkTable(arn);
		Table table = ResourceArns.table(this.context.catalog(), arn);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Tags", Tagging.toResponse(table.definition().tags()));
		return response;
	}

}
