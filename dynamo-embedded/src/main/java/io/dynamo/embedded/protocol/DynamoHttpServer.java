/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * DynamoDB's JSON 1.0 protocol over HTTP/1.1 on 127.0.0.1, with the JDK's own HTTP server
 * (no dependency). A {@code POST /} with {@code X-Amz-Target} is a request; a
 * {@code GET /} answers as DynamoDB's endpoint does ({@code healthy: dynamodb...}). The
 * signature is not checked: any credentials are accepted.
 */
public final class DynamoHttpServer implements AutoCloseable {

	private static final String NODELAY = "sun.net.httpserver.nodelay";

	private final HttpServer server;

	private final ExecutorService executor;

	private DynamoHttpServer(HttpServer server, ExecutorService executor) {
		this.server = server;
		this.executor = executor;
	}

	/**
	 * Starts a server on 127.0.0.1.
	 * @param handler what requests go to
	 * @param port the port, or 0 for a free one
	 * @return the running server
	 * @throws IOException when the port cannot be bound
	 */
	public static DynamoHttpServer start(RequestHandler handler, int port) throws IOException {
		disableNagle();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 128);
		AtomicInteger threads = new AtomicInteger();
		ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 256, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
				(runnable) -> {
					Thread thread = new Thread(runnable, "dynamo-embedded-http-" + threads.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				}, new ThreadPoolExecutor.CallerRunsPolicy());
		server.setExecutor(executor);
		server.createContext("/", (exchange) -> serve(handler, exchange));
		server.start();
		return new DynamoHttpServer(server, executor);
	}

	/**
	 * The JDK's server leaves Nagle's algorithm on unless told otherwise, and a client
	 * that sends headers and body in two writes then waits for the delayed ACK (about 40
	 * ms) on every response. The property is read when the server's first instance is
	 * created, so it is set before; a value the user set wins.
	 */
	private static void disableNagle() {
		if (System.getProperty(NODELAY) == null) {
			System.setProperty(NODELAY, "true");
		}
	}

	private static void serve(RequestHandler handler, HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] body;
			try (InputStream in = exchange.getRequestBody()) {
				body = in.readAllBytes();
			}
			if ("GET".equals(exchange.getRequestMethod())) {
				byte[] healthy = "healthy: dynamodb.us-east-1.amazonaws.com ".getBytes(StandardCharsets.UTF_8);
				exchange.getResponseHeaders().set("Content-Type", "text/plain");
				exchange.sendResponseHeaders(200, healthy.length);
				exchange.getResponseBody().write(healthy);
				return;
			}
			EngineResponse response = handler.handle(exchange.getRequestHeaders().getFirst("X-Amz-Target"), body);
			exchange.getResponseHeaders().set("Content-Type", EngineResponse.CONTENT_TYPE);
			exchange.getResponseHeaders().set("x-amzn-RequestId", response.requestId());
			exchange.getResponseHeaders().set("x-amz-crc32", Long.toString(response.crc32()));
			exchange.sendResponseHeaders(response.status(), response.body().length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response.body());
			}
		}
	}

	/** The port the server listens on. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** The endpoint to give clients: {@code http://127.0.0.1:<port>}. */
	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port());
	}

	/** Stops accepting requests and lets requests in flight finish (at most a second). */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
