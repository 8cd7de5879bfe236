/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

/**
 * {@link DynamoConnectionDetails} of the embedded DynamoDB engine: its loopback endpoint
 * (or the in-process pseudo endpoint) and dummy credentials.
 *
 * @author dynamo-spring-boot authors
 */
final class EmbeddedDynamoConnectionDetails implements DynamoConnectionDetails {

	/**
	 * Region used with the embedded server when {@code dynamo.region} is not set.
	 */
	static final String DEFAULT_REGION = "us-east-1";

	/**
	 * Access key and secret key of the embedded engine, which accepts any credentials.
	 * Not a secret.
	 */
	static final String DUMMY_KEY = "dynamoembedded";

	private final EmbeddedDynamoServer server;

	private final String region;

	EmbeddedDynamoConnectionDetails(EmbeddedDynamoServer server, String region) {
		this.server = server;
		this.region = region;
	}

	@Override
	public URI getEndpoint() {
		return this.server.endpoint();
	}

	@Override
	public String getRegion() {
		return this.region;
	}

	@Override
	public AwsCredentials getCredentials() {
		return AwsBasicCredentials.create(DUMMY_KEY, DUMMY_KEY);
	}

}
