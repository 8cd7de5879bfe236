/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import org.springframework.core.Ordered;

/**
 * Gives the auto-configured clients the embedded engine's own HTTP clients when it runs
 * in-process (over HTTP it changes nothing: the endpoint does the work). First of the
 * customizers, so that a user's customizer may still replace the HTTP client.
 *
 * @author dynamo-spring-boot authors
 */
final class EmbeddedDynamoClientCustomizer
		implements DynamoDbClientBuilderCustomizer, DynamoDbAsyncClientBuilderCustomizer, Ordered {

	private final EmbeddedDynamoServer server;

	EmbeddedDynamoClientCustomizer(EmbeddedDynamoServer server) {
		this.server = server;
	}

	@Override
	public void customize(DynamoDbClientBuilder builder) {
		if (inProcess()) {
			builder.httpClientBuilder(null).httpClient(this.server.httpClient());
		}
	}

	@Override
	public void customize(DynamoDbAsyncClientBuilder builder) {
		if (inProcess()) {
			builder.httpClientBuilder(null).httpClient(this.server.asyncHttpClient());
		}
	}

	private boolean inProcess() {
		return this.server.transport() == EmbeddedDynamoServer.Transport.IN_PROCESS;
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
