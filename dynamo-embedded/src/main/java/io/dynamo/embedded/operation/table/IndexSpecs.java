/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Members;

/**
 * Constraint checks shared by CreateTable and UpdateTable: key schema elements,
 * projections, throughput, in DynamoDB's order and paths.
 */
final class IndexSpecs {

	private IndexSpecs() {
	}

	static void keySchema(Constraints constraints, String path, List<Map<String, Object>> schema, boolean keyTypeEnum) {
		constraints.notNull(path, schema);
		if (schema == null) {
			return;
		}
		constraints.minLength(path, schema, 1).maxLength(path, schema, 2);
		for (int i = 0; i < schema.size(); i++) {
			Map<String, Object> element = schema.get(i);
			String member = path + "." + (i + 1) + ".member";
			if (element == null) {
				continue;
			}
			constraints.notNull(member + ".attributeName", Members.string(element, "AttributeName"));
			String keyType = Members.string(element, "KeyType");
			constraints.notNull(member + ".keyType", keyType);
			if (keyTypeEnum) {
				constraints.oneOf(member + ".keyType", keyType, "HASH", "RANGE");
			}
		}
	}

	static void index(Constraints constraints, String path, Map<String, Object> index, boolean global) {
		String name = Members.string(index, "IndexName");
		constraints.notNull(path + ".indexName", name)
			.name(path + ".indexName", name)
			.minLength(path + ".indexName", name, 3)
			.maxLength(path + ".indexName", name, 255);
		keySchema(constraints, path + ".keySchema", Members.structures(index.get("KeySchema")), false);
		Map<String, Object> projection = Members.structure(index, "Projection");
		constraints.notNull(path + ".projection", projection);
		if (projection != null) {
			constraints.oneOf(path + ".projection.projectionType", Members.string(projection, "ProjectionType"), "ALL",
					"INCLUDE", "KEYS_ONLY");
			constraints.minLength(path + ".projection.nonKeyAttributes",
					Members.strings(projection.get("NonKeyAttributes")), 1);
		}
		if (global) {
			throughput(constraints, path + ".provisionedThroughput", Members.structure(index, "ProvisionedThroughput"));
		}
	}

	static void throughput(Constraints constraints, String path, Map<String, Object> throughput) {
		if (throughput == null) {
			return;
		}
		Long write = Members.number(throughput, "WriteCapacityUnits");
		Long read = Members.number(throughput, "ReadCapacityUnits");
		constraints.notNull(path + ".writeCapacityUnits", write).atLeast(path + ".writeCapacityUnits", write, 1);
		constraints.notNull(path + ".readCapacityUnits", read).atLeast(path + ".readCapacityUnits", read, 1);
	}

}
