/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.stream;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.stream.ShardIterator;
import io.dynamo.embedded.stream.StreamRecord;
import io.dynamo.embedded.stream.TableStream;
import io.dynamo.embedded.stream.TrimmedException;

/**
 * GetRecords: up to {@code Limit} records (1,000 at most) and 1 MB from the iterator's
 * position, with the iterator of the next page; a closed shard read to its end has no
 * next iterator. An iterator older than 15 minutes is refused.
 */
public final class GetRecords implements Operation {

	private static final long MAX_BYTES = 1024 * 1024;

	private final EngineContext context;

	public GetRecords(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String text = request.string("ShardIterator");
		Long limit = request.number("Limit");
		new Constraints().notNull("shardIterator", text)
			.minLength("shardIterator", text, 1)
			.maxLength("shardIterator", text, 2048)
			.atLeast("limit", limit, 1)
			.atMost("limit", limit, 1000)
			.check();
		ShardIterator iterator = ShardIterator.decode(text);
		if (iterator == null) {
			throw DynamoException.validation("Invalid ShardIterator");
		}
		TableStream stream = StreamErrors.stream(this.context.streams(), iterator.streamArn());
		StreamErrors.shard(stream, iterator.shardId());
		Instant now = this.context.clock().instant();
		if (iterator.expired(now)) {
			throw DynamoException.of("ExpiredIteratorException", 400,
					"Iterator expired. The iterator was created at time " + iterator.issued()
							+ " while right now it is " + now + ". The iterator is valid for 15 minutes.");
		}
		List<StreamRecord> page;
		try {
			page = stream.after(iterator.after(), (limit != null) ? limit.intValue() : 1000, MAX_BYTES, now);
		}
		catch (TrimmedException ex) {
			throw StreamErrors.trimmed();
		}
		List<Object> records = new ArrayList<>(page.size());
		for (StreamRecord record : page) {
			records.add(record(record, stream));
		}
		long position = page.isEmpty() ? iterator.after() : page.get(page.size() - 1).sequence();
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("Records", records);
		long ending = stream.endingSequence();
		if (ending < 0 || position < ending) {
			response.put("NextShardIterator",
					new ShardIterator(stream.arn(), stream.shardId(), position, now).encode());
		}
		return response;
	}

	private Map<String, Object> record(StreamRecord record, TableStream stream) {
		Map<String, Object> dynamodb = new LinkedHashMap<>();
		dynamodb.put("ApproximateCreationDateTime", BigDecimal.valueOf(record.created().getEpochSecond()));
		dynamodb.put("Keys", record.keys());
		if (record.newImage() != null) {
			dynamodb.put("NewImage", record.newImage());
		}
		if (record.oldImage() != null) {
			dynamodb.put("OldImage", record.oldImage());
		}
		dynamodb.put("SequenceNumber", record.sequenceNumber());
		dynamodb.put("SizeBytes", record.sizeBytes());
		dynamodb.put("StreamViewType", stream.viewType());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("eventID", record.eventId());
		json.put("eventName", record.eventName());
		json.put("eventVersion", "1.1");
		json.put("eventSource", "aws:dynamodb");
		json.put("awsRegion", this.context.region());
		json.put("dynamodb", dynamodb);
		if (record.service()) {
			Map<String, Object> identity = new LinkedHashMap<>();
			identity.put("PrincipalId", "dynamodb.amazonaws.com");
			identity.put("Type", "Service");
			json.put("userIdentity", identity);
		}
		return json;
	}

}
