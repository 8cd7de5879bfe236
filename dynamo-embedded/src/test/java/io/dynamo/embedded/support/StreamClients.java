/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.support;

import java.net.URI;

import io.dynamo.embedded.DynamoEngine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

/** Real DynamoDB Streams SDK clients on an engine; retries off. */
public final class StreamClients {

	private StreamClients() {
	}

	/** A streams client that reaches the engine without a socket. */
	public static DynamoDbStreamsClient inProcess(DynamoEngine engine) {
		return DynamoDbStreamsClient.builder()
			.httpClient(engine.httpClient())
			.endpointOverride(URI.create("http://localhost:8000"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration((c) -> c.retryStrategy((r) -> r.maxAttempts(1)))
			.build();
	}

}
