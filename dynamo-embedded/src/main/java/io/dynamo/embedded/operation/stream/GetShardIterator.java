/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.stream;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.stream.SequenceNumbers;
import io.dynamo.embedded.stream.ShardIterator;
import io.dynamo.embedded.stream.TableStream;

/**
 * GetShardIterator: a position in the shard. TRIM_HORIZON starts at the oldest record
 * kept, LATEST just after the newest, AT_SEQUENCE_NUMBER at a record and
 * AFTER_SEQUENCE_NUMBER just after it; a sequence number older than the trim horizon is a
 * {@code TrimmedDataAccessException}.
 */
public final class GetShardIterator implements Operation {

	private final EngineContext context;

	public GetShardIterator(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String arn = request.string("StreamArn");
		String shardId = request.string("ShardId");
		String type = request.string("ShardIteratorType");
		String sequenceNumber = request.string("SequenceNumber");
		new Constraints().notNull("streamArn", arn)
			.minLength("streamArn", arn, 37)
			.maxLength("streamArn", arn, 1024)
			.notNull("shardId", shardId)
			.minLength("shardId", shardId, 28)
			.maxLength("shardId", shardId, 65)
			.notNull("shardIteratorType", type)
			.oneOf("shardIteratorType", type, "TRIM_HORIZON", "LATEST", "AT_SEQUENCE_NUMBER", "AFTER_SEQUENCE_NUMBER")
			.minLength("sequenceNumber", sequenceNumber, 21)
			.maxLength("sequenceNumber", sequenceNumber, 40)
			.check();
		TableStream stream = StreamErrors.stream(this.context.streams(), arn);
		StreamErrors.shard(stream, shardId);
		Instant now = this.context.clock().instant();
		long trimmed = stream.trimmedThrough(now);
		long after;
		switch (type) {
			case "TRIM_HORIZON" -> after = trimmed;
			case "LATEST" -> after = stream.lastSequence();
			default -> {
				boolean at = "AT_SEQUENCE_NUMBER".equals(type);
				if (sequenceNumber == null) {
					throw DynamoException
						.validation("Must specify SequenceNumber when ShardIteratorType is set to " + type);
				}
				long sequence = SequenceNumbers.parse(sequenceNumber);
				if (sequence < stream.startingSequence() || sequence > stream.lastSequence()) {
					throw DynamoException.validation("Invalid SequenceNumber: " + sequenceNumber
							+ " is not a sequence number of the shard " + shardId);
				}
				after = at ? sequence - 1 : sequence;
				if (after < trimmed) {
					throw StreamErrors.trimmed();
				}
			}
		}
		if (!"AT_SEQUENCE_NUMBER".equals(type) && !"AFTER_SEQUENCE_NUMBER".equals(type) && sequenceNumber != null) {
			throw DynamoException
				.validation("Must not specify SequenceNumber when ShardIteratorType is set to " + type);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("ShardIterator", new ShardIterator(stream.arn(), shardId, after, now).encode());
		return response;
	}

}
