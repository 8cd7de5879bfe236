/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

/**
 * Starts engines and, for {@link EmbeddedDynamoServer.Options#shared() shared} ones,
 * hands out the engine already running for the same directory and capacity setting,
 * closing it when its last user closes.
 *
 * @author dynamo-spring-boot authors
 */
final class EngineLauncher {

	private static final Log logger = LogFactory.getLog(EngineLauncher.class);

	private static final Map<SharedKey, Running> shared = new HashMap<>();

	private EngineLauncher() {
	}

	static Running start(EmbeddedDynamoServer.Options options) {
		if (!options.shared()) {
			Running running = Running.start(options, null);
			running.users = 1;
			return running;
		}
		SharedKey key = new SharedKey(options.directory(), options.enforceCapacity());
		synchronized (shared) {
			Running running = shared.get(key);
			if (running == null) {
				running = Running.start(options, key);
				shared.put(key, running);
			}
			else if (options.transport() == EmbeddedDynamoServer.Transport.HTTP) {
				running.serveHttp(options.port());
			}
			running.users++;
			return running;
		}
	}

	private static String describe(@Nullable Path directory) {
		return (directory != null) ? "with its tables in " + directory : "in memory";
	}

	private record SharedKey(@Nullable Path directory, boolean enforceCapacity) {

	}

	/**
	 * A running engine, with its HTTP server when one was asked for.
	 */
	static final class Running {

		private final DynamoEngine engine;

		private final @Nullable SharedKey key;

		private final @Nullable Path directory;

		private @Nullable DynamoHttpServer http;

		private int users;

		private Running(DynamoEngine engine, @Nullable SharedKey key, @Nullable Path directory) {
			this.engine = engine;
			this.key = key;
			this.directory = directory;
		}

		static Running start(EmbeddedDynamoServer.Options options, @Nullable SharedKey key) {
			DynamoEngine.Builder builder = DynamoEngine.builder().enforceCapacity(options.enforceCapacity());
			if (options.directory() != null) {
				builder.directory(options.directory());
			}
			Running running = new Running(builder.build(), key, options.directory());
			try {
				if (options.transport() == EmbeddedDynamoServer.Transport.HTTP) {
					running.serveHttp(options.port());
				}
				else {
					logger.info("Started embedded DynamoDB engine in-process " + describe(options.directory())
							+ ((key != null) ? ", shared" : ""));
				}
			}
			catch (RuntimeException ex) {
				running.engine.close();
				throw ex;
			}
			return running;
		}

		synchronized void serveHttp(int port) {
			if (this.http != null) {
				if (port != 0 && port != this.http.port()) {
					throw new IllegalStateException("The shared embedded engine already serves " + this.http.endpoint()
							+ ": set dynamo.embedded.port to " + this.http.port()
							+ " or 0, or set dynamo.embedded.shared=false");
				}
				return;
			}
			this.http = this.engine.startHttpServer(port);
			logger.info("Started embedded DynamoDB engine on " + this.http.endpoint() + " " + describe(this.directory)
					+ ((this.key != null) ? ", shared" : ""));
		}

		DynamoEngine engine() {
			return this.engine;
		}

		synchronized @Nullable DynamoHttpServer http() {
			return this.http;
		}

		void release() {
			if (this.key == null) {
				stop();
				return;
			}
			synchronized (shared) {
				if (--this.users == 0) {
					shared.remove(this.key);
					stop();
				}
			}
		}

		private synchronized void stop() {
			if (this.http != null) {
				this.http.close();
			}
			this.engine.close();
			logger.info("Stopped embedded DynamoDB engine"
					+ ((this.http != null) ? " on " + this.http.endpoint() : " in-process"));
		}

	}

}
