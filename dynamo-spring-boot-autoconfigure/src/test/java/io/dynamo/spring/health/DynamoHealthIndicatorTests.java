/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.health;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link DynamoHealthIndicator} against the embedded DynamoDB engine, a closed
 * port and a socket that accepts connections but never answers.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoHealthIndicatorTests {

	private static EmbeddedDynamoServer server;

	@BeforeAll
	static void startServer() {
		server = EmbeddedDynamoServer.start(EmbeddedDynamoServer.Options.http());
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Test
	void whenDynamoDbAnswersThenHealthIsUpWithRegionAndEndpoint() {
		try (DynamoDbClient client = client(server.endpoint())) {
			Health health = new DynamoHealthIndicator(new DynamoConnection(client), Duration.ofSeconds(2)).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.UP);
			assertThat(health.getDetails()).containsEntry("region", "eu-west-1")
				.containsEntry("endpoint", server.endpoint().toString())
				.containsKey("responseTime");
		}
	}

	@Test
	void whenThePortIsClosedThenHealthIsDownWithTheError() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			closedPort = socket.getLocalPort();
		}
		try (DynamoDbClient client = client(URI.create("http://127.0.0.1:" + closedPort))) {
			Health health = new DynamoHealthIndicator(new DynamoConnection(client), Duration.ofSeconds(2)).health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails()).containsEntry("region", "eu-west-1").containsKey("error");
			assertThat(health.getDetails().get("error").toString()).contains("could not be reached")
				.contains("Connection refused");
		}
	}

	@Test
	void whenTheEndpointAcceptsButNeverRepliesThenHealthIsDownWithinItsTimeout() throws Exception {
		try (SilentServer silent = new SilentServer();
				DynamoDbClient client = client(URI.create("http://127.0.0.1:" + silent.port()))) {
			DynamoHealthIndicator indicator = new DynamoHealthIndicator(new DynamoConnection(client),
					Duration.ofMillis(500));
			Health health = indicator.health(true);
			assertThat(health.getStatus()).isEqualTo(Status.DOWN);
			assertThat(health.getDetails().get("error").toString()).contains("did not answer within PT0.5S");
			assertThat(silent.accepted()).isPositive();
		}
	}

	@Test
	void whenHealthIsReportedThenNoCredentialIsInTheDetails() {
		try (DynamoDbClient client = client(server.endpoint())) {
			Health health = new DynamoHealthIndicator(new DynamoConnection(client), Duration.ofSeconds(2)).health(true);
			assertThat(health.toString()).doesNotContain("healthsecret").doesNotContain("AKIAHEALTH");
		}
	}

	private static DynamoDbClient client(URI endpoint) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoint)
			.region(Region.EU_WEST_1)
			.overrideConfiguration((overrides) -> overrides.retryStrategy(RetryMode.STANDARD))
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIAHEALTH0001", "healthsecret")))
			.build();
	}

	/**
	 * Accepts connections on a loopback port and never writes a byte.
	 */
	static final class SilentServer implements AutoCloseable {

		private final ServerSocket serverSocket;

		private final List<Socket> accepted = new ArrayList<>();

		private final Thread acceptor;

		SilentServer() throws IOException {
			this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
			this.acceptor = new Thread(this::acceptForever, "silent-server");
			this.acceptor.setDaemon(true);
			this.acceptor.start();
		}

		private void acceptForever() {
			while (!this.serverSocket.isClosed()) {
				try {
					Socket socket = this.serverSocket.accept();
					synchronized (this.accepted) {
						this.accepted.add(socket);
					}
				}
				catch (IOException ex) {
					return;
				}
			}
		}

		int port() {
			return this.serverSocket.getLocalPort();
		}

		int accepted() {
			synchronized (this.accepted) {
				return this.accepted.size();
			}
		}

		@Override
		public void close() throws IOException {
			this.serverSocket.close();
			synchronized (this.accepted) {
				for (Socket socket : this.accepted) {
					socket.close();
				}
			}
		}

	}

}
