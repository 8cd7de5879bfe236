/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.embedded;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ReflectionUtils;

/**
 * The only class that touches DynamoDB Local's types, so that nothing loads them unless
 * the embedded server is enabled and on the classpath.
 *
 * @author dynamo-spring-boot authors
 */
final class DynamoLocalLauncher {

	private static final Log logger = LogFactory.getLog(DynamoLocalLauncher.class);

	private static final String LOOPBACK = "127.0.0.1";

	private DynamoLocalLauncher() {
	}

	static Running start(int port, @Nullable String dbPath, boolean sharedDb) {
		List<String> args = new ArrayList<>(List.of("-disableTelemetry", "-port", "8000"));
		if (dbPath != null) {
			args.addAll(List.of("-dbPath", dbPath));
		}
		else {
			args.add("-inMemory");
		}
		if (sharedDb) {
			args.add("-sharedDb");
		}
		try {
			DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(args.toArray(String[]::new));
			ServerConnector connector = bindToLoopback(server, port);
			server.start();
			int localPort = connector.getLocalPort();
			logger.info("Started embedded DynamoDB Local on http://" + LOOPBACK + ":" + localPort
					+ ((dbPath != null) ? " with its database in " + dbPath : " in memory"));
			return new Running(server, localPort);
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start embedded DynamoDB Local: " + ex.getMessage(), ex);
		}
	}

	/**
	 * DynamoDB Local binds every interface on a port given on its command line and
	 * rejects port 0; its Jetty connector is set to the loopback address and the wanted
	 * port (0 for a free one) before it starts.
	 */
	private static ServerConnector bindToLoopback(DynamoDBProxyServer proxyServer, int port) {
		Field field = ReflectionUtils.findField(DynamoDBProxyServer.class, "server", Server.class);
		if (field == null) {
			throw new IllegalStateException("This version of DynamoDB Local has no Jetty server field 'server'");
		}
		ReflectionUtils.makeAccessible(field);
		Server server = (Server) ReflectionUtils.getField(field, proxyServer);
		for (Connector connector : server.getConnectors()) {
			if (connector instanceof ServerConnector serverConnector) {
				serverConnector.setHost(LOOPBACK);
				serverConnector.setPort(port);
				return serverConnector;
			}
		}
		throw new IllegalStateException("DynamoDB Local's Jetty server has no network connector");
	}

	/**
	 * A started server.
	 */
	static final class Running {

		private final DynamoDBProxyServer server;

		private final int port;

		private final AtomicBoolean stopped = new AtomicBoolean();

		Running(DynamoDBProxyServer server, int port) {
			this.server = server;
			this.port = port;
		}

		int port() {
			return this.port;
		}

		void stop() {
			if (this.stopped.compareAndSet(false, true)) {
				try {
					this.server.stop();
					logger.info("Stopped embedded DynamoDB Local on port " + this.port);
				}
				catch (Exception ex) {
					logger.warn("Could not stop embedded DynamoDB Local on port " + this.port, ex);
				}
			}
		}

	}

}
