/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.storage.Table;

/** TagResource: adds or replaces tags of a table (at most 50). */
public final class TagResource implements Operation {

	private final EngineContext context;

	public TagResource(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String arn = request.string("ResourceArn");
		List<Map<String, Object>> tags = Members.structures(request.body().get("Tags"));
		ResourceArns.check(arn, "TagResource");
		new Constraints().notNull("tags", tags).check();
		ResourceArns.checkTable(arn);
		if (tags.isEmpty()) {
			throw DynamoException.validation("Atleast one Tag needs to be provided as Input.");
		}
		Constraints constraints = new Constraints();
		Tagging.check(constraints, "tags", tags);
		constraints.check();
		Table table = ResourceArns.table(this.context.catalog(), arn);
		Map<String, String> merged = Tagging.tags(tags, table.definition().tags());
		if (merged.size() > 50) {
			throw DynamoException.limitExceeded("The number of tags on the resource exceeds the limit of 50");
		}
		table.redefine((definition) -> definition.withTags(Tagging.tags(tags, definition.tags())));
		this.context.catalog().updated(table);
		return Map.of();
	}

}
