/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.stream.TableStream;

/**
 * ListStreams: the readable streams (of one table when {@code TableName} is given), in
 * the order they were enabled, up to {@code Limit} (100 at most) a page, continued from
 * {@code ExclusiveStartStreamArn}.
 */
public final class ListStreams implements Operation {

	private final EngineContext context;

	public ListStreams(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String tableName = request.string("TableName");
		Long limit = request.number("Limit");
		String start = request.string("ExclusiveStartStreamArn");
		new Constraints().minLength("tableName", tableName, 3)
			.maxLength("tableName", tableName, 255)
			.name("tableName", tableName)
			.atLeast("limit", limit, 1)
			.atMost("limit", limit, 100)
			.minLength("exclusiveStartStreamArn", start, 37)
			.maxLength("exclusiveStartStreamArn", start, 1024)
			.check();
		int max = (limit != null) ? limit.intValue() : 100;
		List<TableStream> matching = new ArrayList<>();
		for (TableStream stream : this.context.streams().streams()) {
			if (tableName == null || tableName.equals(stream.tableName())) {
				matching.add(stream);
			}
		}
		int from = 0;
		if (start != null) {
			for (int i = 0; i < matching.size(); i++) {
				if (matching.get(i).arn().equals(start)) {
					from = i + 1;
					break;
				}
			}
		}
		List<Object> streams = new ArrayList<>();
		int to = Math.min(matching.size(), from + max);
		for (int i = from; i < to; i++) {
			TableStream stream = matching.get(i);
			Map<String, Object> summary = new LinkedHashMap<>();
			summary.put("StreamArn", stream.arn());
			summary.put("TableName", stream.tableName());
			summary.put("StreamLabel", stream.label());
			streams.add(summary);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Streams", streams);
		if (to < matching.size()) {
			response.put("LastEvaluatedStreamArn", matching.get(to - 1).arn());
		}
		return response;
	}

}
