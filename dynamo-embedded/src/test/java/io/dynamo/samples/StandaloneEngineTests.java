/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.samples;

// tag::imports[]
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.fault.Fault;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
// end::imports[]

/**
 * The samples of {@code docs/engine.md}, compiled and run: the engine used on its own, as
 * any JVM test would, through its public API only (this package is not the engine's).
 */
class StandaloneEngineTests {

	@Test
	void anSdkClientReachesTheEngineInProcess() {
		// tag::in-process[]
		// the in-process transport: no socket, the SDK's whole pipeline, then the engine
		try (DynamoEngine engine = DynamoEngine.inMemory();
				DynamoDbClient client = DynamoDbClient.builder()
					.httpClient(engine.httpClient())
					.endpointOverride(URI.create("http://localhost:8000"))
					.region(Region.US_EAST_1)
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
					.build()) {
			client.createTable((t) -> t.tableName("users")
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
				.billingMode(BillingMode.PAY_PER_REQUEST));
			client.putItem((p) -> p.tableName("users")
				.item(Map.of("id", AttributeValue.fromS("ann"), "name", AttributeValue.fromS("Ann"))));
			Map<String, AttributeValue> item = client
				.getItem((g) -> g.tableName("users").key(Map.of("id", AttributeValue.fromS("ann"))))
				.item();
			assertThat(item.get("name").s()).isEqualTo("Ann");
		}
		// end::in-process[]
	}

	@Test
	void anSdkClientReachesTheEngineOverHttpWithTheDataOnDisk(@TempDir Path directory) {
		// tag::http[]
		// on disk, served on 127.0.0.1 and a free port (0)
		try (DynamoEngine engine = DynamoEngine.builder().directory(directory).build();
				DynamoHttpServer server = engine.startHttpServer(0);
				DynamoDbClient client = DynamoDbClient.builder()
					.httpClient(ApacheHttpClient.create())
					.endpointOverride(server.endpoint())
					.region(Region.US_EAST_1)
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
					.build()) {
			assertThat(client.listTables().tableNames()).isEmpty();
			// any client of that endpoint (another SDK, the AWS CLI) reaches the same
			// engine
		}
		// end::http[]
	}

	@Test
	void injectedFaultsReachTheSdkClient() {
		try (DynamoEngine engine = DynamoEngine.builder().enforceCapacity(true).build();
				DynamoDbClient client = DynamoDbClient.builder()
					.httpClient(engine.httpClient())
					.endpointOverride(URI.create("http://localhost:8000"))
					.region(Region.US_EAST_1)
					.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
					.overrideConfiguration((c) -> c.retryStrategy((r) -> r.maxAttempts(1)))
					.build()) {
			client.createTable((t) -> t.tableName("users")
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
				.billingMode(BillingMode.PAY_PER_REQUEST));
			// tag::faults[]
			engine.faults().add(Fault.throttling().operation("PutItem").table("users").times(1));
			assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(
					() -> client.putItem((p) -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("ann")))));
			client.putItem((p) -> p.tableName("users").item(Map.of("id", AttributeValue.fromS("ann"))));
			// end::faults[]
		}
	}

}
