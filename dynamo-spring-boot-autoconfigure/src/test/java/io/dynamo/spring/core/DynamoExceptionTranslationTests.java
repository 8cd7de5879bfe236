/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.net.URI;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.testentities.Customer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.dao.PermissionDeniedDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * DynamoDB's errors, served by WireMock, reach the caller as the Spring
 * {@link DataAccessException} they stand for, with the error code and request id in the
 * message.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoExceptionTranslationTests {

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private DynamoTemplate template;

	private DynamoDbClient client;

	@BeforeEach
	void start() {
		this.server.start();
		this.client = DynamoDbClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:" + this.server.port()))
			.region(Region.EU_WEST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b")))
			.overrideConfiguration((overrides) -> overrides.retryStrategy((strategy) -> strategy.maxAttempts(1)))
			.build();
		this.template = new DynamoTemplate(this.client, new DynamoMappingContext(TableNameResolver.NONE));
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.stop();
	}

	static Stream<Arguments> errors() {
		return Stream.of(
				arguments("ProvisionedThroughputExceededException", TransientDataAccessResourceException.class),
				arguments("ThrottlingException", TransientDataAccessResourceException.class),
				arguments("RequestLimitExceeded", TransientDataAccessResourceException.class),
				arguments("ValidationException", InvalidDataAccessApiUsageException.class),
				arguments("AccessDeniedException", PermissionDeniedDataAccessException.class),
				arguments("ResourceNotFoundException", InvalidDataAccessResourceUsageException.class),
				arguments("SomethingNewException", UncategorizedDynamoException.class));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("errors")
	void whenDynamoDbAnswersWithAnErrorThenItIsTranslated(String code, Class<? extends DataAccessException> expected) {
		this.server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
			.withHeader("Content-Type", "application/x-amz-json-1.0")
			.withHeader("x-amzn-RequestId", "req-123")
			.withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#" + code + "\",\"message\":\"it failed\"}")));
		assertThatExceptionOfType(expected).isThrownBy(() -> this.template.findById(Customer.class, "x"))
			.withMessageContaining("GetItem on table 'customers' failed: " + code + ": it failed [requestId=req-123]");
	}

	@Test
	void whenTheConnectionIsResetThenItIsAResourceFailure() {
		this.server.stubFor(post(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> this.template.save(Customer.minimal("x", "y")))
			.withMessageContaining("PutItem on table 'customers' failed");
	}

}
