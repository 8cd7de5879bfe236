/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * A real SDK client that records every request attempt it sends (through an execution
 * interceptor), so tests can tell which calls reached the database and with what.
 */
final class RecordingClient implements AutoCloseable {

	private final List<SdkRequest> attempts = new CopyOnWriteArrayList<>();

	private final DynamoDbClient client;

	RecordingClient(URI endpoint) {
		this(endpoint, (builder) -> {
		});
	}

	RecordingClient(URI endpoint, Consumer<DynamoDbClientBuilder> customizer) {
		DynamoDbClientBuilder builder = DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.httpClientBuilder(ApacheHttpClient.builder())
			.overrideConfiguration((overrides) -> overrides.retryStrategy(RetryMode.STANDARD)
				.addExecutionInterceptor(new ExecutionInterceptor() {

					@Override
					public void beforeTransmission(Context.BeforeTransmission context,
							ExecutionAttributes executionAttributes) {
						RecordingClient.this.attempts.add(context.request());
					}

				}));
		customizer.accept(builder);
		this.client = builder.build();
	}

	DynamoDbClient client() {
		return this.client;
	}

	/**
	 * The attempts sent, in order (an SDK retry is a second attempt of one request).
	 */
	List<SdkRequest> attempts() {
		return this.attempts;
	}

	/**
	 * The names of the operations of the attempts, such as {@code TransactWriteItems}.
	 */
	List<String> operations() {
		return this.attempts.stream()
			.map((request) -> request.getClass().getSimpleName().replace("Request", ""))
			.toList();
	}

	<T extends SdkRequest> List<T> attempts(Class<T> type) {
		return this.attempts.stream().filter(type::isInstance).map(type::cast).toList();
	}

	void clear() {
		this.attempts.clear();
	}

	@Override
	public void close() {
		this.client.close();
	}

}
