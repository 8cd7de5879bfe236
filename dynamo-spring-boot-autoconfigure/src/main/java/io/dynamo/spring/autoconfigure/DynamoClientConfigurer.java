/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;

import org.springframework.boot.context.properties.PropertyMapper;

/**
 * Applies the resolved connection, credentials, timeouts and retry policy to any AWS SDK
 * client builder, so that every client the starter builds (and any a user builds with it)
 * is configured alike. Owns the credentials provider (and the STS client behind an
 * assumed role) and closes them with the application context.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoClientConfigurer implements AutoCloseable {

	private final DynamoProperties properties;

	private final DynamoConnectionDetails connectionDetails;

	private final Region region;

	private final DynamoHttpClients httpClients;

	private final DynamoCredentials credentials;

	/**
	 * Create a configurer, resolving the region and the credentials provider now so that
	 * a missing region or profile fails start-up.
	 * @param properties the {@code dynamo.*} properties
	 * @param connectionDetails where DynamoDB is and, for a service connection, its
	 * credentials
	 */
	public DynamoClientConfigurer(DynamoProperties properties, DynamoConnectionDetails connectionDetails) {
		this.properties = properties;
		this.connectionDetails = connectionDetails;
		this.region = resolveRegion(properties, connectionDetails);
		this.httpClients = new DynamoHttpClients(properties);
		this.credentials = DynamoCredentials.of(properties, connectionDetails, this.region, this.httpClients);
	}

	private static Region resolveRegion(DynamoProperties properties, DynamoConnectionDetails details) {
		String id = (properties.region() != null) ? properties.region() : details.getRegion();
		if (id != null) {
			return Region.of(id);
		}
		DefaultAwsRegionProviderChain.Builder chain = DefaultAwsRegionProviderChain.builder();
		if (properties.profile() != null) {
			chain.profileName(properties.profile());
		}
		try {
			return chain.build().getRegion();
		}
		catch (SdkClientException ex) {
			throw new InvalidDynamoPropertyException("dynamo.region",
					"no region is set and the AWS SDK's region chain found none",
					"Set dynamo.region (for example 'eu-west-1'), or the AWS_REGION environment variable, or a region in the AWS profile.");
		}
	}

	/**
	 * Apply region, endpoint, credentials, timeouts and retry policy to the given
	 * builder.
	 * @param <B> the builder type
	 * @param builder a client builder
	 * @return the builder
	 */
	public <B extends AwsClientBuilder<B, ?>> B configure(B builder) {
		builder.region(this.region);
		builder.credentialsProvider(this.credentials.provider());
		URI endpoint = this.connectionDetails.getEndpoint();
		if (endpoint != null) {
			builder.endpointOverride(endpoint);
		}
		builder.overrideConfiguration(this::configureOverrides);
		return builder;
	}

	private void configureOverrides(ClientOverrideConfiguration.Builder overrides) {
		PropertyMapper map = PropertyMapper.get();
		DynamoProperties.Timeouts timeouts = this.properties.timeouts();
		map.from(timeouts.apiCall()).to(overrides::apiCallTimeout);
		map.from(timeouts.apiCallAttempt()).to(overrides::apiCallAttemptTimeout);
		DynamoProperties.Retries retries = this.properties.retries();
		overrides.retryStrategy(retryMode(retries));
		Integer maxAttempts = retries.maxAttempts();
		if (maxAttempts != null) {
			overrides.retryStrategy((strategy) -> strategy.maxAttempts(maxAttempts));
		}
	}

	private RetryMode retryMode(DynamoProperties.Retries retries) {
		DynamoProperties.RetryMode mode = retries.mode();
		if (mode == null) {
			// Pinned: AWS_RETRY_MODE or the profile still win, but a change of the SDK's
			// own default does not move it
			RetryMode.Resolver resolver = RetryMode.resolver().defaultRetryMode(RetryMode.STANDARD);
			if (this.properties.profile() != null) {
				resolver.profileName(this.properties.profile());
			}
			return resolver.resolve();
		}
		return switch (mode) {
			case STANDARD -> RetryMode.STANDARD;
			case ADAPTIVE -> RetryMode.ADAPTIVE_V2;
			case LEGACY -> RetryMode.LEGACY;
		};
	}

	/**
	 * Return a builder of the synchronous (Apache) HTTP client with the configured
	 * timeouts, pool size and proxy.
	 * @return a new builder
	 */
	public ApacheHttpClient.Builder httpClientBuilder() {
		return this.httpClients.apache();
	}

	/**
	 * Return a builder of the asynchronous (Netty) HTTP client with the configured
	 * timeouts, pool size and proxy.
	 * @return a new builder
	 */
	public NettyNioAsyncHttpClient.Builder asyncHttpClientBuilder() {
		return this.httpClients.netty();
	}

	/**
	 * Return the region the clients sign requests for.
	 * @return the region
	 */
	public Region region() {
		return this.region;
	}

	/**
	 * Return the credentials provider the clients use.
	 * @return the credentials provider
	 */
	public AwsCredentialsProvider credentialsProvider() {
		return this.credentials.provider();
	}

	@Override
	public void close() {
		this.credentials.close();
	}

}
