/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.Json;

/**
 * Sends raw DynamoDB JSON 1.0 requests, so that requests no SDK would send (missing
 * members, wrong types, broken JSON) reach the server as written.
 */
final class Wire {

	/**
	 * dynalite checks that an Authorization header starting with {@code AWS4-} names a
	 * Credential, a Signature and SignedHeaders and that a date header is present; it
	 * never verifies the signature. The engine accepts anything.
	 */
	private static final String AUTHORIZATION = "AWS4-HMAC-SHA256 "
			+ "Credential=differential/20260101/us-east-1/dynamodb/aws4_request, "
			+ "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + "0".repeat(64);

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final URI endpoint;

	Wire(URI endpoint) {
		this.endpoint = endpoint;
	}

	/**
	 * Posts one request.
	 * @param operation the action, {@code PutItem}; sent as
	 * {@code X-Amz-Target: DynamoDB_20120810.PutItem}
	 * @param body the JSON body as it goes on the wire
	 */
	Reply send(String operation, String body) {
		HttpRequest request = HttpRequest.newBuilder(this.endpoint)
			.timeout(Duration.ofSeconds(60))
			.header("X-Amz-Target", "DynamoDB_20120810." + operation)
			.header("Content-Type", "application/x-amz-json-1.0")
			.header("X-Amz-Date", "20260101T000000Z")
			.header("Authorization", AUTHORIZATION)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = this.client.send(request,
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			return new Reply(response.statusCode(), response.body(), parse(response.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException("No answer from " + this.endpoint + " to " + operation + " " + body, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	private static Map<String, Object> parse(String body) {
		try {
			return Json.parseObject(body.getBytes(StandardCharsets.UTF_8));
		}
		catch (DynamoException ex) {
			return null;
		}
	}

	/**
	 * One answer.
	 *
	 * @param status the HTTP status
	 * @param body the body as received
	 * @param tree the body parsed, or {@code null} when it is not a JSON object
	 */
	record Reply(int status, String body, Map<String, Object> tree) {

		boolean ok() {
			return this.status == 200;
		}

		/** The error code after {@code #}, or {@code null} for a success. */
		String errorCode() {
			if (this.tree == null || !(this.tree.get("__type") instanceof String type)) {
				return null;
			}
			return type.substring(type.indexOf('#') + 1);
		}

	}

}
