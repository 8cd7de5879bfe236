/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TransportTests {

	@Test
	void malformedBodyIsASerializationErrorThroughEveryTransport() throws Exception {
		Dispatcher dispatcher = new Dispatcher(Map.of("ListTables", (request) -> Map.of()), Map.of());
		try (DynamoHttpServer server = DynamoHttpServer.start(dispatcher, 0)) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(server.endpoint())
					.header("X-Amz-Target", "DynamoDB_20120810.ListTables")
					.header("Content-Type", "application/x-amz-json-1.0")
					.POST(HttpRequest.BodyPublishers.ofString("[1,2"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).contains("com.amazon.coral.service#SerializationException");
			assertThat(response.headers().firstValue("x-amz-crc32")).isPresent();
		}
	}

	@Test
	void unknownTargetIsAnUnknownOperationThroughTheSdk() {
		try (DynamoEngine engine = DynamoEngine.inMemory(); DynamoHttpServer server = engine.startHttpServer(0)) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(server.endpoint())
					.header("X-Amz-Target", "DynamoDB_20120810.NoSuchAction")
					.POST(HttpRequest.BodyPublishers.ofString("{}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.body()).contains("UnknownOperationException");
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	@Test
	void getOnTheRootAnswersAsDynamoDbsEndpointDoes() throws Exception {
		try (DynamoEngine engine = DynamoEngine.inMemory(); DynamoHttpServer server = engine.startHttpServer(0)) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(server.endpoint() + "/")).GET().build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(200);
			assertThat(response.body()).startsWith("healthy: dynamodb");
		}
	}

	@Test
	void sdkClientsOfBothTransportsReadEngineErrors() {
		try (DynamoEngine engine = DynamoEngine.inMemory(); DynamoHttpServer server = engine.startHttpServer(0)) {
			for (DynamoDbClient client : new DynamoDbClient[] { EngineClients.inProcess(engine),
					EngineClients.http(server) }) {
				try (client) {
					assertThatExceptionOfType(DynamoDbException.class)
						.isThrownBy(() -> client.describeTable((r) -> r.tableName("missing")))
						.satisfies((ex) -> assertThat(ex.awsErrorDetails().errorCode()).isNotBlank());
				}
			}
			for (DynamoDbAsyncClient client : new DynamoDbAsyncClient[] { EngineClients.inProcessAsync(engine),
					EngineClients.httpAsync(server) }) {
				try (client) {
					assertThat(client.describeTable((r) -> r.tableName("missing")))
						.failsWithin(java.time.Duration.ofSeconds(10))
						.withThrowableOfType(java.util.concurrent.ExecutionException.class)
						.withCauseInstanceOf(DynamoDbException.class);
				}
			}
		}
	}

}
