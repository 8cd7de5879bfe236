/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Operations;
import io.dynamo.embedded.protocol.Dispatcher;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import io.dynamo.embedded.protocol.InProcessAsyncHttpClient;
import io.dynamo.embedded.protocol.InProcessHttpClient;
import io.dynamo.embedded.protocol.RequestHandler;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

/**
 * An embedded DynamoDB engine: in memory or persisted to a directory, reached over
 * loopback HTTP ({@link #startHttpServer(int)}) or in-process ({@link #httpClient()},
 * {@link #asyncHttpClient()}).
 *
 * <pre>{@code
 * DynamoEngine engine = DynamoEngine.inMemory();
 * DynamoDbClient client = DynamoDbClient.builder()
 *     .httpClient(engine.httpClient())
 *     .endpointOverride(URI.create("http://localhost"))
 *     .region(Region.US_EAST_1)
 *     .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("any", "any")))
 *     .build();
 * }</pre>
 */
public final class DynamoEngine implements AutoCloseable {

	private final EngineContext context;

	private final Dispatcher dispatcher;

	private DynamoEngine(Builder builder) {
		this.context = new EngineContext(builder.clock);
		this.dispatcher = new Dispatcher(Operations.dynamoDb(this.context), Operations.streams(this.context));
	}

	/** A new engine in memory with the system clock. */
	public static DynamoEngine inMemory() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** What the transports hand requests to; for a transport of your own. */
	public RequestHandler handler() {
		return this.dispatcher;
	}

	/** An SDK HTTP client that reaches this engine without a socket. */
	public SdkHttpClient httpClient() {
		return new InProcessHttpClient(this.dispatcher);
	}

	/** An SDK async HTTP client that reaches this engine without a socket. */
	public SdkAsyncHttpClient asyncHttpClient() {
		return new InProcessAsyncHttpClient(this.dispatcher);
	}

	/**
	 * Serves this engine over HTTP on 127.0.0.1.
	 * @param port the port, or 0 for a free one
	 * @return the server; close it to stop serving (the engine stays open)
	 */
	public DynamoHttpServer startHttpServer(int port) {
		try {
			return DynamoHttpServer.start(this.dispatcher, port);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not bind 127.0.0.1:" + port, ex);
		}
	}

	/** The engine's state: its tables and their storage (for this package's tests). */
	EngineContext context() {
		return this.context;
	}

	/** The engine's clock. */
	public Clock clock() {
		return this.context.clock();
	}

	@Override
	public void close() {
	}

	/** Options of a new engine. */
	public static final class Builder {

		private Clock clock = Clock.systemUTC();

		private Path directory;

		private Builder() {
		}

		/**
		 * The clock for TTL expiry, stream records and creation times; tests pass a fixed
		 * one.
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock");
			return this;
		}

		/**
		 * Persist to this directory: every acknowledged write is on disk before the
		 * response.
		 */
		public Builder directory(Path directory) {
			this.directory = directory;
			return this;
		}

		public DynamoEngine build() {
			return new DynamoEngine(this);
		}

	}

}
