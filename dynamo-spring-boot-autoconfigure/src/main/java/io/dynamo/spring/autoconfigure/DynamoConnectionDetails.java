/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsCredentials;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Details required to establish a connection to DynamoDB: where it is and who calls it.
 * The embedded DynamoDB engine (and later Testcontainers) supply their own; otherwise
 * they come from the {@code dynamo.*} properties.
 *
 * @author dynamo-spring-boot authors
 */
public interface DynamoConnectionDetails extends ConnectionDetails {

	/**
	 * Endpoint to call instead of the SDK's resolved endpoint.
	 * @return the endpoint override, or {@code null} to let the SDK resolve it
	 */
	@Nullable URI getEndpoint();

	/**
	 * Region to sign requests for.
	 * @return the region id, or {@code null} to use the SDK's region chain
	 */
	default @Nullable String getRegion() {
		return null;
	}

	/**
	 * Static credentials to call with.
	 * @return the credentials, or {@code null} to use a profile or the SDK's default
	 * chain
	 */
	default @Nullable AwsCredentials getCredentials() {
		return null;
	}

}
