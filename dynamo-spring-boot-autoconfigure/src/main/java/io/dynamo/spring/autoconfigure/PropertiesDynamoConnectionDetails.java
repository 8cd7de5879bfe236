/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

import org.springframework.util.StringUtils;

/**
 * {@link DynamoConnectionDetails} taken from {@link DynamoProperties}.
 *
 * @author dynamo-spring-boot authors
 */
public class PropertiesDynamoConnectionDetails implements DynamoConnectionDetails {

	private final DynamoProperties properties;

	/**
	 * Create details from the given properties.
	 * @param properties the bound {@code dynamo.*} properties
	 */
	public PropertiesDynamoConnectionDetails(DynamoProperties properties) {
		this.properties = properties;
	}

	@Override
	public @Nullable URI getEndpoint() {
		return this.properties.endpoint();
	}

	@Override
	public @Nullable String getRegion() {
		return this.properties.region();
	}

	@Override
	public @Nullable AwsCredentials getCredentials() {
		DynamoProperties.Credentials credentials = this.properties.credentials();
		if (!credentials.isSet()) {
			return null;
		}
		String accessKey = credentials.accessKey();
		String secretKey = credentials.secretKey();
		String sessionToken = credentials.sessionToken();
		if (StringUtils.hasText(sessionToken)) {
			return AwsSessionCredentials.create(accessKey, secretKey, sessionToken);
		}
		return AwsBasicCredentials.create(accessKey, secretKey);
	}

}
