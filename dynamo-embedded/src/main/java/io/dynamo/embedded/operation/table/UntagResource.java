/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.storage.Table;

/** UntagResource: removes tags of a table by key. */
public final class UntagResource implements Operation {

	private final EngineContext context;

	public UntagResource(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String arn = request.string("ResourceArn");
		List<String> keys = Members.strings(request.body().get("TagKeys"));
		ResourceArns.check(arn, "UntagResource");
		new Constraints().notNull("tagKeys", keys).check();
		ResourceArns.checkTable(arn);
		if (keys.isEmpty()) {
			throw DynamoException.validation("Atleast one Tag Key needs to be provided as Input.");
		}
		Table table = ResourceArns.table(this.context.catalog(), arn);
		table.redefine((definition) -> {
			Map<String, String> tags = new LinkedHashMap<>(definition.tags());
			keys.forEach(tags::remove);
			return definition.withTags(tags);
		});
		this.context.catalog().updated(table);
		return Map.of();
	}

}
