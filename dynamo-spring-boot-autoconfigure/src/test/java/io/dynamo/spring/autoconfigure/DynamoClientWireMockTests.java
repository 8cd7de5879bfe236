/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dynamo.spring.core.DynamoConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests that the HTTP-level properties (proxy, read timeout, retries) and the assumed
 * role really shape the requests on the wire, with WireMock standing in for DynamoDB, STS
 * and a proxy.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoClientWireMockTests {

	private static final String JSON = "application/x-amz-json-1.0";

	private final WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class))
		.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIABASEKEY000001",
				"dynamo.credentials.secret-key=base-secret");

	@BeforeEach
	void start() {
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop();
	}

	@Test
	void whenAProxyWithCredentialsIsSetThenRequestsGoThroughItAuthenticated() {
		String credentials = Base64.getEncoder().encodeToString("bob:p@ss word".getBytes(StandardCharsets.UTF_8));
		this.server.stubFor(post(anyUrl()).withHeader("Proxy-Authorization", equalTo("Basic " + credentials))
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"TableNames\":[\"via-proxy\"]}")));
		this.contextRunner
			.withPropertyValues("dynamo.endpoint=http://dynamodb.test.invalid:8000",
					"dynamo.proxy.url=http://bob:p%40ss%20word@127.0.0.1:" + this.server.port())
			.run((context) -> {
				assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
					.containsExactly("via-proxy");
				this.server.verify(1,
						postRequestedFor(anyUrl()).withHeader("Host", equalTo("dynamodb.test.invalid:8000")));
			});
	}

	@Test
	void whenTheEndpointIsANonProxyHostThenRequestsBypassTheProxy() {
		WireMockServer proxy = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		proxy.start();
		try {
			this.server.stubFor(post(anyUrl())
				.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"TableNames\":[\"direct\"]}")));
			this.contextRunner
				.withPropertyValues("dynamo.endpoint=http://127.0.0.1:" + this.server.port(),
						"dynamo.proxy.url=http://127.0.0.1:" + proxy.port(), "dynamo.proxy.non-proxy-hosts=127.0.0.1")
				.run((context) -> {
					assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
						.containsExactly("direct");
					assertThat(proxy.getAllServeEvents()).isEmpty();
				});
		}
		finally {
			proxy.stop();
		}
	}

	@Test
	void whenTheReadTimeoutIsShortThenASilentResponseFailsTheAttempt() {
		this.server.stubFor(post(anyUrl()).willReturn(
				aResponse().withFixedDelay(3000).withHeader("Content-Type", JSON).withBody("{\"TableNames\":[]}")));
		this.contextRunner
			.withPropertyValues("dynamo.endpoint=http://127.0.0.1:" + this.server.port(), "dynamo.timeouts.read=200ms",
					"dynamo.retries.max-attempts=1")
			.run((context) -> assertThatExceptionOfType(SdkClientException.class)
				.isThrownBy(() -> context.getBean(DynamoDbClient.class).listTables())
				.havingRootCause()
				.isInstanceOf(SocketTimeoutException.class));
	}

	@Test
	void whenTheServerFailsThenEachClientMakesExactlyMaxAttempts() {
		this.server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(500)
			.withHeader("Content-Type", JSON)
			.withBody("{\"__type\":\"com.amazonaws.dynamodb.v20120810#InternalServerError\",\"message\":\"boom\"}")));
		this.contextRunner
			.withPropertyValues("dynamo.endpoint=http://127.0.0.1:" + this.server.port(),
					"dynamo.retries.max-attempts=2")
			.run((context) -> {
				assertThatExceptionOfType(DynamoDbException.class)
					.isThrownBy(() -> context.getBean(DynamoDbClient.class).listTables());
				this.server.verify(2, anyRequestedFor(anyUrl()));
				this.server.resetRequests();
				assertThat(context.getBean(DynamoDbAsyncClient.class).listTables())
					.failsWithin(java.time.Duration.ofSeconds(30))
					.withThrowableThat()
					.havingCause()
					.isInstanceOf(DynamoDbException.class);
				this.server.verify(2, anyRequestedFor(anyUrl()));
			});
	}

	@Test
	void whenRoleArnIsSetThenRequestsAreSignedWithTheAssumedRoleCredentials() throws Exception {
		this.server.stubFor(post(anyUrl()).withRequestBody(containing("Action=AssumeRole"))
			.willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody("""
					<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">
					  <AssumeRoleResult>
					    <Credentials>
					      <AccessKeyId>ASIAASSUMEDKEY0001</AccessKeyId>
					      <SecretAccessKey>assumed-secret</SecretAccessKey>
					      <SessionToken>assumed-session-token</SessionToken>
					      <Expiration>2099-01-01T00:00:00Z</Expiration>
					    </Credentials>
					    <AssumedRoleUser>
					      <Arn>arn:aws:sts::123456789012:assumed-role/orders/orders-app</Arn>
					      <AssumedRoleId>AROAEXAMPLE:orders-app</AssumedRoleId>
					    </AssumedRoleUser>
					  </AssumeRoleResult>
					  <ResponseMetadata><RequestId>sts-1</RequestId></ResponseMetadata>
					</AssumeRoleResponse>
					""")));
		this.server.stubFor(post(anyUrl()).withHeader("X-Amz-Target", containing("DynamoDB_20120810"))
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"TableNames\":[\"as-role\"]}")));
		// AWS_ENDPOINT_URL (here its system property) sends STS and DynamoDB to WireMock
		DynamoClientAutoConfigurationTests.withSystemProperty("aws.endpointUrl",
				"http://127.0.0.1:" + this.server.port(),
				() -> this.contextRunner
					.withPropertyValues("dynamo.role-arn=arn:aws:iam::123456789012:role/orders",
							"dynamo.role-session-name=orders-app", "dynamo.external-id=ext-42")
					.run((context) -> {
						assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
							.containsExactly("as-role");
						this.server.verify(postRequestedFor(anyUrl()).withRequestBody(containing("Action=AssumeRole"))
							.withRequestBody(containing("RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Forders"))
							.withRequestBody(containing("RoleSessionName=orders-app"))
							.withRequestBody(containing("ExternalId=ext-42"))
							.withHeader("Authorization", containing("Credential=AKIABASEKEY000001/")));
						this.server
							.verify(postRequestedFor(anyUrl()).withHeader("X-Amz-Target", matching(".*ListTables"))
								.withHeader("Authorization", containing("Credential=ASIAASSUMEDKEY0001/"))
								.withHeader("X-Amz-Security-Token", equalTo("assumed-session-token")));
						this.server.verify(0,
								postRequestedFor(anyUrl()).withHeader("X-Amz-Target", matching(".*ListTables"))
									.withHeader("X-Amz-Security-Token", absent()));
					}));
	}

	@Test
	void whenAwsEndpointUrlIsSetAndNoPropertyThenClientsCallIt() throws Exception {
		this.server.stubFor(post(anyUrl())
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"TableNames\":[\"from-env\"]}")));
		DynamoClientAutoConfigurationTests.withSystemProperty("aws.endpointUrl",
				"http://127.0.0.1:" + this.server.port(), () -> this.contextRunner.run((context) -> {
					assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
						.containsExactly("from-env");
					assertThat(context.getBean(DynamoConnection.class).ping()).isPositive();
				}));
	}

	@Test
	void whenTheEndpointPropertyIsSetThenItWinsOverAwsEndpointUrl() throws Exception {
		this.server.stubFor(post(anyUrl())
			.willReturn(aResponse().withHeader("Content-Type", JSON).withBody("{\"TableNames\":[\"from-property\"]}")));
		DynamoClientAutoConfigurationTests.withSystemProperty("aws.endpointUrl", "http://127.0.0.1:1",
				() -> this.contextRunner.withPropertyValues("dynamo.endpoint=http://127.0.0.1:" + this.server.port())
					.run((context) -> assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
						.containsExactly("from-property")));
	}

}
