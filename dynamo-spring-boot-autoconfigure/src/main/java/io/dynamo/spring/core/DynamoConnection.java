/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.util.Assert;

/**
 * A small facade over the {@link DynamoDbClient} for code that wants to know where it is
 * connected and whether DynamoDB answers.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoConnection {

	/**
	 * Time a {@link #ping()} waits for an answer unless told otherwise.
	 */
	public static final Duration DEFAULT_PING_TIMEOUT = Duration.ofSeconds(2);

	private final DynamoDbClient client;

	private final Region region;

	private final URI endpoint;

	/**
	 * Create a facade over the given client.
	 * @param client the client to ping through
	 */
	public DynamoConnection(DynamoDbClient client) {
		Assert.notNull(client, "'client' must not be null");
		this.client = client;
		this.region = client.serviceClientConfiguration().region();
		this.endpoint = client.serviceClientConfiguration()
			.endpointOverride()
			.orElseGet(() -> URI.create("https://" + DynamoDbClient.serviceMetadata().endpointFor(this.region)));
	}

	/**
	 * Return the region the client signs requests for.
	 * @return the region
	 */
	public Region region() {
		return this.region;
	}

	/**
	 * Return the endpoint the client calls: the override when one is set, else the
	 * region's AWS endpoint.
	 * @return the endpoint
	 */
	public URI endpoint() {
		return this.endpoint;
	}

	/**
	 * Return the client behind this facade.
	 * @return the client
	 */
	public DynamoDbClient client() {
		return this.client;
	}

	/**
	 * Make one cheap call ({@code ListTables} with a limit of one) and return how long
	 * the round trip took, waiting at most {@link #DEFAULT_PING_TIMEOUT}.
	 * @return the round-trip time
	 * @throws QueryTimeoutException if DynamoDB did not answer in time
	 * @throws DataAccessResourceFailureException if the call failed
	 */
	public Duration ping() {
		return ping(DEFAULT_PING_TIMEOUT);
	}

	/**
	 * Make one cheap call ({@code ListTables} with a limit of one) and return how long
	 * the round trip took. The call, retries included, is bounded by {@code timeout} even
	 * when the endpoint accepts connections but never replies.
	 * @param timeout how long to wait at most
	 * @return the round-trip time
	 * @throws QueryTimeoutException if DynamoDB did not answer in time
	 * @throws DataAccessResourceFailureException if the call failed
	 */
	public Duration ping(Duration timeout) {
		Assert.isTrue(!timeout.isNegative() && !timeout.isZero(), "'timeout' must be positive");
		long start = System.nanoTime();
		try {
			this.client.listTables((request) -> request.limit(1)
				.overrideConfiguration((override) -> override.apiCallTimeout(timeout).apiCallAttemptTimeout(timeout)));
			return Duration.ofNanos(System.nanoTime() - start);
		}
		catch (ApiCallTimeoutException | ApiCallAttemptTimeoutException ex) {
			throw new QueryTimeoutException("DynamoDB at " + this.endpoint + " did not answer within " + timeout, ex);
		}
		catch (SdkException ex) {
			throw new DataAccessResourceFailureException(
					"DynamoDB at " + this.endpoint + " could not be reached: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String toString() {
		return "DynamoConnection[region=" + this.region + ", endpoint=" + this.endpoint + "]";
	}

}
