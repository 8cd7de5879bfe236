/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.embedded;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.fault.FaultInjector;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;

import org.springframework.util.ClassUtils;

/**
 * The embedded DynamoDB engine ({@code io.dynamo:dynamo-embedded}) running in this JVM,
 * reached over loopback HTTP on {@code 127.0.0.1} or in-process. Start it with
 * {@link #start(Options)}, stop it with {@link #close()}.
 *
 * @author dynamo-spring-boot authors
 */
public final class EmbeddedDynamoServer implements AutoCloseable {

	/**
	 * A class of the engine whose presence tells that it is on the classpath.
	 */
	public static final String ENGINE_CLASS = "io.dynamo.embedded.DynamoEngine";

	/**
	 * The Maven coordinates of the dependency that provides the engine.
	 */
	public static final String ENGINE_ARTIFACT = "io.dynamo:dynamo-embedded";

	/**
	 * The endpoint the clients are given in-process. No socket is opened: the host is in
	 * the reserved {@code .invalid} domain, so that a client built with a real HTTP
	 * client instead of {@link #httpClient()} fails at once rather than reaching
	 * something else.
	 */
	public static final URI IN_PROCESS_ENDPOINT = URI.create("http://in-process.dynamo-embedded.invalid");

	private final Options options;

	private final EngineLauncher.Running running;

	private final AtomicBoolean closed = new AtomicBoolean();

	private EmbeddedDynamoServer(Options options, EngineLauncher.Running running) {
		this.options = options;
		this.running = running;
	}

	/**
	 * Whether the engine is on the given class loader's classpath.
	 * @param classLoader the class loader to check
	 * @return {@code true} if it can be started
	 */
	public static boolean isAvailable(@Nullable ClassLoader classLoader) {
		return ClassUtils.isPresent(ENGINE_CLASS, classLoader);
	}

	/**
	 * Start an engine, or join the shared one.
	 * @param options the options
	 * @return the running server
	 */
	public static EmbeddedDynamoServer start(Options options) {
		return new EmbeddedDynamoServer(options, EngineLauncher.start(options));
	}

	/**
	 * Return how clients reach the engine.
	 * @return the transport
	 */
	public Transport transport() {
		return this.options.transport();
	}

	/**
	 * Return the port the HTTP server listens on.
	 * @return the port
	 * @throws IllegalStateException in-process, where there is no port
	 */
	public int port() {
		return httpServer().port();
	}

	/**
	 * Return the endpoint to give clients.
	 * @return {@code http://127.0.0.1:<port>} over HTTP, {@link #IN_PROCESS_ENDPOINT}
	 * in-process
	 */
	public URI endpoint() {
		return (transport() == Transport.HTTP) ? httpServer().endpoint() : IN_PROCESS_ENDPOINT;
	}

	/**
	 * Return a new SDK HTTP client that reaches the engine without a socket.
	 * @return the client
	 */
	public SdkHttpClient httpClient() {
		return this.running.engine().httpClient();
	}

	/**
	 * Return a new SDK asynchronous HTTP client that reaches the engine without a socket.
	 * @return the client
	 */
	public SdkAsyncHttpClient asyncHttpClient() {
		return this.running.engine().asyncHttpClient();
	}

	/**
	 * Return the engine, for tests that inject faults or expire items.
	 * @return the engine
	 */
	public DynamoEngine engine() {
		return this.running.engine();
	}

	/**
	 * Return the engine's fault injector:
	 * {@code server.faults().add(Fault.throttling())}.
	 * @return the fault injector
	 */
	public FaultInjector faults() {
		return this.running.engine().faults();
	}

	private DynamoHttpServer httpServer() {
		DynamoHttpServer http = (transport() == Transport.HTTP) ? this.running.http() : null;
		if (http == null) {
			throw new IllegalStateException("The embedded engine runs in-process, without a port");
		}
		return http;
	}

	/**
	 * Stop the server (a shared engine stops with its last user). Idempotent.
	 */
	@Override
	public void close() {
		if (this.closed.compareAndSet(false, true)) {
			this.running.release();
		}
	}

	@Override
	public String toString() {
		return "EmbeddedDynamoServer[transport=" + transport() + ", endpoint=" + endpoint() + "]";
	}

	/**
	 * How clients reach the engine.
	 */
	public enum Transport {

		/**
		 * Loopback HTTP on {@code 127.0.0.1}, so that the AWS CLI, NoSQL Workbench and
		 * other tools reach the same database as the application.
		 */
		HTTP,

		/**
		 * No socket: the clients get the engine's own SDK HTTP clients, which hand each
		 * request to the engine in the calling thread. The fastest choice for tests.
		 */
		IN_PROCESS

	}

	/**
	 * Options of an embedded server.
	 *
	 * @param transport how clients reach the engine
	 * @param port the HTTP port, or 0 for a free one (unused in-process)
	 * @param directory where the engine persists its tables, or {@code null} to keep them
	 * in memory
	 * @param shared whether to share one engine with the other servers of this JVM that
	 * ask to share with the same directory and capacity enforcement
	 * @param enforceCapacity whether provisioned tables throttle above their throughput
	 */
	public record Options(Transport transport, int port, @Nullable Path directory, boolean shared,
			boolean enforceCapacity) {

		/**
		 * Check the options.
		 */
		public Options {
			Objects.requireNonNull(transport, "transport");
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("The port " + port + " is out of range (0 to 65535)");
			}
		}

		/**
		 * An engine of its own, in memory, over HTTP on a free port.
		 * @return the options
		 */
		public static Options http() {
			return new Options(Transport.HTTP, 0, null, false, false);
		}

		/**
		 * An engine of its own, in memory, in-process.
		 * @return the options
		 */
		public static Options inProcess() {
			return new Options(Transport.IN_PROCESS, 0, null, false, false);
		}

	}

}
