/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.dynamo.embedded.expiry.ExpirySweeper;
import io.dynamo.embedded.journal.Journal;

import io.dynamo.embedded.capacity.CapacityEnforcer;
import io.dynamo.embedded.fault.FaultInjector;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.OperationHook;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Operations;
import io.dynamo.embedded.storage.Catalog;
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
 * <p>
 * Beyond serving requests, the engine runs on its clock ({@link Builder#clock}): items
 * whose time to live has passed are removed by a sweep every second (or when
 * {@link #expireItems()} is called), with a stream record as DynamoDB writes one, and
 * stream records are kept 24 hours. With a {@link Builder#directory directory}, every
 * acknowledged write is on disk before its response.
 */
public final class DynamoEngine implements AutoCloseable {

	private final EngineContext context;

	private final Dispatcher dispatcher;

	private final FaultInjector faults;

	private final Journal journal;

	private final ExpirySweeper sweeper;

	private final ScheduledExecutorService background;

	private DynamoEngine(Builder builder) {
		this.context = new EngineContext(builder.clock);
		this.faults = new FaultInjector(this.context.catalog(), this.context.region(), builder.seed);
		OperationHook hook = this.faults;
		if (builder.enforceCapacity) {
			hook = hook.andThen(new CapacityEnforcer(this.context.catalog(), builder.clock, builder.burstAllowance,
					builder.partitionLimits));
		}
		this.context.hook(hook);
		this.journal = (builder.directory != null) ? recover(builder) : null;
		this.dispatcher = new Dispatcher(durable(Operations.dynamoDb(this.context)),
				durable(Operations.streams(this.context)));
		this.sweeper = new ExpirySweeper(this.context.catalog(), this.context.clock());
		if (!builder.expirySweepInterval.isZero()) {
			this.background = Executors.newSingleThreadScheduledExecutor((task) -> {
				Thread thread = new Thread(task, "dynamo-engine-expiry");
				thread.setDaemon(true);
				return thread;
			});
			long interval = builder.expirySweepInterval.toMillis();
			this.background.scheduleWithFixedDelay(this::sweepQuietly, interval, interval, TimeUnit.MILLISECONDS);
		}
		else {
			this.background = null;
		}
	}

	/**
	 * Replays the directory into the catalog before the streams listen, so that replayed
	 * changes are not recorded again as stream records.
	 */
	private Journal recover(Builder builder) {
		this.context.catalog().removeListener(this.context.streams());
		Journal journal = Journal.open(builder.directory, this.context.catalog(), builder.compactJournalAfter);
		this.context.catalog().addListener(this.context.streams());
		this.context.streams().attach(this.context.catalog());
		return journal;
	}

	/** Each operation answers only once its writes are durable. */
	private Map<String, Operation> durable(Map<String, Operation> operations) {
		if (this.journal == null) {
			return operations;
		}
		Map<String, Operation> durable = new LinkedHashMap<>();
		operations.forEach((name, operation) -> durable.put(name, (request) -> {
			try {
				return operation.execute(request);
			}
			finally {
				this.journal.awaitDurable();
			}
		}));
		return durable;
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

	/** The catalog, for tests of this package that watch writes as they apply. */
	Catalog catalog() {
		return this.context.catalog();
	}

	/**
	 * The faults injected into this engine's requests, for tests of what clients do with
	 * throttles, 500s, conflicts, delays and unprocessed batch items:
	 * {@code engine.faults().add(Fault.unprocessed().share(0.5))}.
	 * @return the fault injector
	 */
	public FaultInjector faults() {
		return this.faults;
	}

	/** The engine's clock. */
	public Clock clock() {
		return this.context.clock();
	}

	/**
	 * Removes now the items whose time to live has passed, as the background sweep does
	 * every second: in each table with TTL enabled, every item whose TTL attribute is a
	 * Number of epoch seconds before the engine clock's now (an attribute of another
	 * type, or none, never expires an item). Each removal goes through the write path as
	 * a service deletion: it leaves the table's indexes, is journaled, and writes a
	 * REMOVE stream record whose {@code userIdentity} is the DynamoDB service. Tests that
	 * move a test clock call this instead of waiting for the sweep.
	 * @return the number of items removed
	 */
	public int expireItems() {
		try {
			return this.sweeper.sweep();
		}
		finally {
			if (this.journal != null) {
				this.journal.awaitDurable();
			}
		}
	}

	/**
	 * Compacts the journal of a persistent engine now: writes a snapshot of all tables
	 * and items and removes the journal it replaces (done on its own when the journal
	 * passes {@link Builder#compactJournalAfter}). Does nothing in memory.
	 */
	public void compact() {
		if (this.journal != null) {
			this.journal.compact();
		}
	}

	/**
	 * Stops the background sweep and closes the journal (all acknowledged writes are on
	 * disk).
	 */
	@Override
	public void close() {
		if (this.background != null) {
			this.background.shutdownNow();
			try {
				this.background.awaitTermination(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (this.journal != null) {
			this.journal.close();
		}
	}

	private void sweepQuietly() {
		try {
			expireItems();
		}
		catch (RuntimeException ex) {
			// the next sweep tries again
		}
	}

	/** Options of a new engine. */
	public static final class Builder {

		private Clock clock = Clock.systemUTC();

		private Path directory;

		private long seed = 0x5EEDL;

		private boolean enforceCapacity;

		private Duration burstAllowance = Duration.ofMinutes(5);

		private boolean partitionLimits;

		private Duration expirySweepInterval = Duration.ofSeconds(1);

		private long compactJournalAfter = 64L << 20;

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

		/**
		 * The seed of the draws of injected faults, so that a test sees the same faults
		 * every run.
		 */
		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * How often the background sweep removes expired items (default one second);
		 * {@link Duration#ZERO} turns it off, leaving expiry to {@link #expireItems()}.
		 */
		public Builder expirySweepInterval(Duration interval) {
			if (interval.isNegative()) {
				throw new IllegalArgumentException("The sweep interval must not be negative");
			}
			this.expirySweepInterval = interval;
			return this;
		}

		/**
		 * Whether provisioned tables and their global secondary indexes throttle above
		 * their throughput (with the burst allowance), as DynamoDB does; off by default.
		 */
		public Builder enforceCapacity(boolean enforceCapacity) {
			this.enforceCapacity = enforceCapacity;
			return this;
		}

		/**
		 * How much unused capacity a provisioned table keeps for bursts when capacity is
		 * enforced: five minutes of its throughput by default, as DynamoDB keeps.
		 */
		public Builder burstAllowance(Duration burstAllowance) {
			this.burstAllowance = Objects.requireNonNull(burstAllowance, "burstAllowance");
			return this;
		}

		/**
		 * Whether on-demand tables get DynamoDB's per-partition limit (3,000 read and
		 * 1,000 write units per second for each partition key value, single-item actions)
		 * when capacity is enforced.
		 */
		public Builder partitionLimits(boolean partitionLimits) {
			this.partitionLimits = partitionLimits;
			return this;
		}

		/**
		 * The journal size (bytes) past which it is compacted into a snapshot in the
		 * background (default 64 MB); only with a {@link #directory}.
		 */
		public Builder compactJournalAfter(long bytes) {
			if (bytes <= 0) {
				throw new IllegalArgumentException("The journal limit must be positive");
			}
			this.compactJournalAfter = bytes;
			return this;
		}

		public DynamoEngine build() {
			return new DynamoEngine(this);
		}

	}

}
