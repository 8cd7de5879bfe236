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
import io.dynamo.embedded.operation.table.TableDescriptions;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.stream.SequenceNumbers;
import io.dynamo.embedded.stream.TableStream;

/**
 * DescribeStream: the stream's ARN, label, status, view type, table, key schema and its
 * shard (one per stream here) with the shard's sequence number range; a closed shard has
 * an ending sequence number.
 */
public final class DescribeStream implements Operation {

	private final EngineContext context;

	public DescribeStream(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String arn = request.string("StreamArn");
		Long limit = request.number("Limit");
		String start = request.string("ExclusiveStartShardId");
		new Constraints().notNull("streamArn", arn)
			.minLength("streamArn", arn, 37)
			.maxLength("streamArn", arn, 1024)
			.atLeast("limit", limit, 1)
			.atMost("limit", limit, 100)
			.minLength("exclusiveStartShardId", start, 28)
			.maxLength("exclusiveStartShardId", start, 65)
			.check();
		TableStream stream = StreamErrors.stream(this.context.streams(), arn);
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("StreamArn", stream.arn());
		description.put("StreamLabel", stream.label());
		description.put("StreamStatus", stream.status());
		description.put("StreamViewType", stream.viewType());
		description.put("CreationRequestDateTime", TableDescriptions.seconds(stream.created()));
		description.put("TableName", stream.tableName());
		description.put("KeySchema", keySchema(stream.keySchema()));
		List<Object> shards = new ArrayList<>();
		if (!stream.shardId().equals(start)) {
			Map<String, Object> range = new LinkedHashMap<>();
			range.put("StartingSequenceNumber", SequenceNumbers.format(stream.startingSequence()));
			long ending = stream.endingSequence();
			if (ending >= 0) {
				range.put("EndingSequenceNumber", SequenceNumbers.format(Math.max(ending, stream.startingSequence())));
			}
			Map<String, Object> shard = new LinkedHashMap<>();
			shard.put("ShardId", stream.shardId());
			shard.put("SequenceNumberRange", range);
			shards.add(shard);
		}
		description.put("Shards", shards);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("StreamDescription", description);
		return response;
	}

	private static List<Object> keySchema(KeySchema schema) {
		List<Object> elements = new ArrayList<>();
		elements.add(element(schema.hash().name(), "HASH"));
		if (schema.hasRange()) {
			elements.add(element(schema.range().name(), "RANGE"));
		}
		return elements;
	}

	private static Map<String, Object> element(String name, String type) {
		Map<String, Object> element = new LinkedHashMap<>();
		element.put("AttributeName", name);
		element.put("KeyType", type);
		return element;
	}

}
