/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.net.URI;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.metrics.MetricPublisher;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * Clients and tables the load runs share.
 *
 * @author dynamo-spring-boot authors
 */
final class BenchmarkClients {

	private BenchmarkClients() {
	}

	/**
	 * A client of the embedded engine: over HTTP with the Apache client (the realistic
	 * case), or in-process with the engine's own HTTP client (where the client's own cost
	 * shows best).
	 */
	static DynamoDbClient client(EmbeddedDynamoServer server, RetryMode retryMode,
			ExecutionInterceptor... interceptors) {
		if (server.transport() == EmbeddedDynamoServer.Transport.HTTP) {
			return client(server.endpoint(), retryMode, interceptors);
		}
		return builder(server.endpoint(), retryMode, interceptors).httpClient(server.httpClient()).build();
	}

	/**
	 * The embedded engine over the transport a load run names: {@code http} (default) or
	 * {@code in-process}.
	 */
	static EmbeddedDynamoServer engine(String transport) {
		return EmbeddedDynamoServer.start(switch (transport) {
			case "http" -> EmbeddedDynamoServer.Options.http();
			case "in-process" -> EmbeddedDynamoServer.Options.inProcess();
			default ->
				throw new IllegalArgumentException("Unknown transport '" + transport + "': use 'http' or 'in-process'");
		});
	}

	static DynamoDbClient client(URI endpoint, RetryMode retryMode, ExecutionInterceptor... interceptors) {
		return builder(endpoint, retryMode, interceptors)
			.httpClientBuilder(ApacheHttpClient.builder().maxConnections(32))
			.build();
	}

	private static DynamoDbClientBuilder builder(URI endpoint, RetryMode retryMode,
			ExecutionInterceptor... interceptors) {
		return DynamoDbClient.builder()
			.region(Region.US_EAST_1)
			.endpointOverride(endpoint)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.overrideConfiguration((overrides) -> {
				overrides.retryStrategy(retryMode);
				for (ExecutionInterceptor interceptor : interceptors) {
					overrides.addExecutionInterceptor(interceptor);
				}
			});
	}

	/**
	 * A client over the given HTTP client (a stub), with standard retries and the given
	 * interceptors and metric publishers, configured like {@link #client} otherwise.
	 */
	static DynamoDbClient client(SdkHttpClient httpClient, ExecutionInterceptor[] interceptors,
			MetricPublisher... publishers) {
		return DynamoDbClient.builder()
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.httpClient(httpClient)
			.overrideConfiguration((overrides) -> {
				overrides.retryStrategy(RetryMode.STANDARD);
				for (ExecutionInterceptor interceptor : interceptors) {
					overrides.addExecutionInterceptor(interceptor);
				}
				for (MetricPublisher publisher : publishers) {
					overrides.addMetricPublisher(publisher);
				}
			})
			.build();
	}

	/**
	 * Create an on-demand table with string keys {@code pk} and {@code sk}, as the items
	 * of {@link io.dynamo.benchmarks.model.Workload} need.
	 */
	static void createItemTable(DynamoDbClient client, String table) {
		client.createTable((create) -> create.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build(),
					AttributeDefinition.builder().attributeName("sk").attributeType(ScalarAttributeType.S).build())
			.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("sk").keyType(KeyType.RANGE).build()));
	}

	static void createTable(DynamoDbClient client, String table) {
		client.createTable((create) -> create.tableName(table)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(
					AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
			.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
	}

}
