/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.support;

import java.net.URI;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Real SDK clients on an engine, in-process or over its HTTP server; retries off so that
 * tests see every error as the engine sent it.
 */
public final class EngineClients {

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create("test", "test"));

	private EngineClients() {
	}

	/** A sync client that reaches the engine without a socket. */
	public static DynamoDbClient inProcess(DynamoEngine engine) {
		return DynamoDbClient.builder()
			.httpClient(engine.httpClient())
			.endpointOverride(URI.create("http://localhost:8000"))
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.overrideConfiguration((c) -> c.retryStrategy(RetryMode.STANDARD).retryStrategy((r) -> r.maxAttempts(1)))
			.build();
	}

	/** An async client that reaches the engine without a socket. */
	public static DynamoDbAsyncClient inProcessAsync(DynamoEngine engine) {
		return DynamoDbAsyncClient.builder()
			.httpClient(engine.asyncHttpClient())
			.endpointOverride(URI.create("http://localhost:8000"))
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.overrideConfiguration((c) -> c.retryStrategy((r) -> r.maxAttempts(1)))
			.build();
	}

	/** A sync client (Apache HTTP client) on the engine's HTTP server. */
	public static DynamoDbClient http(DynamoHttpServer server) {
		return DynamoDbClient.builder()
			.httpClient(ApacheHttpClient.create())
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.overrideConfiguration((c) -> c.retryStrategy((r) -> r.maxAttempts(1)))
			.build();
	}

	/** An async client (Netty) on the engine's HTTP server. */
	public static DynamoDbAsyncClient httpAsync(DynamoHttpServer server) {
		return DynamoDbAsyncClient.builder()
			.httpClient(NettyNioAsyncHttpClient.create())
			.endpointOverride(server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.overrideConfiguration((c) -> c.retryStrategy((r) -> r.maxAttempts(1)))
			.build();
	}

}
