/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.stream;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.stream.StreamStore;
import io.dynamo.embedded.stream.TableStream;

/** The stream a request names, and the errors of DynamoDB Streams. */
final class StreamErrors {

	private StreamErrors() {
	}

	static TableStream stream(StreamStore streams, String arn) {
		TableStream stream = streams.stream(arn);
		if (stream == null) {
			throw DynamoException.resourceNotFound("Requested resource not found: Stream: " + arn + " not found");
		}
		return stream;
	}

	static void shard(TableStream stream, String shardId) {
		if (!stream.shardId().equals(shardId)) {
			throw DynamoException.resourceNotFound(
					"Requested resource not found: Shard: " + shardId + " in Stream: " + stream.arn() + " not found");
		}
	}

	static DynamoException trimmed() {
		return DynamoException.of("TrimmedDataAccessException", 400,
				"The operation attempted to read past the oldest stream record in a shard.");
	}

}
