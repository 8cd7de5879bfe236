/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.embedded;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * DynamoDB Local running in this JVM as an HTTP server bound to {@code 127.0.0.1}. Start
 * it with {@link #start(int, String, boolean)}, stop it with {@link #close()}.
 *
 * @author dynamo-spring-boot authors
 */
public final class EmbeddedDynamoServer implements AutoCloseable {

	/**
	 * A class of DynamoDB Local whose presence tells that it is on the classpath.
	 */
	public static final String DYNAMODB_LOCAL_CLASS = "com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer";

	/**
	 * The Maven coordinates of the dependency that provides DynamoDB Local.
	 */
	public static final String DYNAMODB_LOCAL_ARTIFACT = "com.amazonaws:DynamoDBLocal";

	private final DynamoLocalLauncher.Running running;

	private EmbeddedDynamoServer(DynamoLocalLauncher.Running running) {
		this.running = running;
	}

	/**
	 * Whether DynamoDB Local is on the given class loader's classpath.
	 * @param classLoader the class loader to check
	 * @return {@code true} if it can be started
	 */
	public static boolean isAvailable(@Nullable ClassLoader classLoader) {
		return ClassUtils.isPresent(DYNAMODB_LOCAL_CLASS, classLoader);
	}

	/**
	 * Start DynamoDB Local on {@code 127.0.0.1}.
	 * @param port the port, or 0 for a free one
	 * @param dbPath a directory for the database file, or {@code null} to keep it in
	 * memory
	 * @param sharedDb whether all credentials and regions share one database
	 * @return the running server
	 */
	public static EmbeddedDynamoServer start(int port, @Nullable String dbPath, boolean sharedDb) {
		return new EmbeddedDynamoServer(DynamoLocalLauncher.start(port, dbPath, sharedDb));
	}

	/**
	 * Return the port the server listens on.
	 * @return the port
	 */
	public int port() {
		return this.running.port();
	}

	/**
	 * Return the endpoint URL of the server.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port());
	}

	/**
	 * Stop the server. Idempotent.
	 */
	@Override
	public void close() {
		this.running.stop();
	}

	@Override
	public String toString() {
		return "EmbeddedDynamoServer[endpoint=" + endpoint() + "]";
	}

}
