/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.fault;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.dynamo.embedded.capacity.Throttles;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.OperationHook;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.RequestTables;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.Table;

/**
 * Injects {@link Fault faults} around every operation, deterministically for a seed: the
 * draws for {@link Fault#share(double) shares} come from one random source seeded when
 * the engine is built, so a single-threaded test sees the same faults on every run.
 * Faults are checked in the order they were added; the first that hits a request decides
 * it (batch items are decided one by one).
 */
public final class FaultInjector implements OperationHook {

	private static final Set<String> CONFLICTS = Set.of("PutItem", "UpdateItem", "DeleteItem", "TransactWriteItems",
			"TransactGetItems");

	private static final Set<String> BATCHES = Set.of("BatchWriteItem", "BatchGetItem");

	private final List<Registration> faults = new CopyOnWriteArrayList<>();

	private final Catalog catalog;

	private final Random random;

	private final String region;

	/**
	 * @param catalog the tables (for their ARNs and billing mode in throttles)
	 * @param region the region in ARNs of tables that do not exist
	 * @param seed the seed of the draws
	 */
	public FaultInjector(Catalog catalog, String region, long seed) {
		this.catalog = catalog;
		this.region = region;
		this.random = new Random(seed);
	}

	/**
	 * Adds a fault.
	 * @param fault the rule
	 * @return its registration: how often it hit, and a way to remove it
	 */
	public Registration add(Fault fault) {
		Registration registration = new Registration(fault);
		this.faults.add(registration);
		return registration;
	}

	/** Removes every fault. */
	public void clear() {
		this.faults.clear();
	}

	@Override
	public Map<String, Object> around(Request request, Operation operation) {
		if (this.faults.isEmpty()) {
			return operation.execute(request);
		}
		String name = request.operation();
		Set<String> tables = RequestTables.of(request);
		for (Registration registration : this.faults) {
			Fault fault = registration.fault;
			if (fault.kind() == Fault.Kind.UNPROCESSED || !applies(fault, name, tables) || !registration.draw()) {
				continue;
			}
			switch (fault.kind()) {
				case THROTTLING -> throw throttle(name, tables);
				case INTERNAL_ERROR -> throw DynamoException.internal("Internal server error");
				case TRANSACTION_CONFLICT -> throw conflict(request);
				case DELAY -> sleep(fault);
				default -> {
				}
			}
		}
		if (BATCHES.contains(name)) {
			return UnprocessedBatch.run(request, operation, this::holdBack);
		}
		return operation.execute(request);
	}

	private boolean holdBack(String operation, String table) {
		for (Registration registration : this.faults) {
			Fault fault = registration.fault;
			if (fault.kind() == Fault.Kind.UNPROCESSED && applies(fault, operation, Set.of(table))
					&& registration.draw()) {
				return true;
			}
		}
		return false;
	}

	private boolean applies(Fault fault, String operation, Set<String> tables) {
		if (!fault.operations().isEmpty()) {
			if (!fault.operations().contains(operation)) {
				return false;
			}
		}
		else if (fault.kind() == Fault.Kind.TRANSACTION_CONFLICT && !CONFLICTS.contains(operation)
				|| fault.kind() == Fault.Kind.UNPROCESSED && !BATCHES.contains(operation)) {
			return false;
		}
		if (fault.tables().isEmpty()) {
			return true;
		}
		for (String table : tables) {
			if (fault.tables().contains(table)) {
				return true;
			}
		}
		return false;
	}

	private DynamoException throttle(String operation, Set<String> tables) {
		if (!RequestTables.dataPlane(operation)) {
			return Throttles.throttling();
		}
		String name = tables.isEmpty() ? "unknown" : tables.iterator().next();
		Table table = this.catalog.table(name);
		String arn = (table != null) ? table.definition().arn()
				: "arn:aws:dynamodb:" + this.region + ":000000000000:table/" + name;
		boolean onDemand = table == null || table.definition().onDemand();
		String kind = RequestTables.READS.contains(operation) ? "Read" : "Write";
		String reason = "Table" + kind + (onDemand ? "KeyRangeThroughputExceeded" : "ProvisionedThroughputExceeded");
		return Throttles.provisionedThroughputExceeded(reason, arn, onDemand);
	}

	private static DynamoException conflict(Request request) {
		List<Object> actions = request.list("TransactItems");
		if (actions == null) {
			return DynamoException.of("TransactionConflictException", 400, "Transaction is ongoing for the item");
		}
		List<Map<String, Object>> reasons = new ArrayList<>();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < actions.size(); i++) {
			Map<String, Object> reason = new LinkedHashMap<>();
			String code = (i == 0) ? "TransactionConflict" : "None";
			reason.put("Code", code);
			if (i == 0) {
				reason.put("Message", "Transaction is ongoing for the item");
			}
			reasons.add(reason);
			codes.add(code);
		}
		return new DynamoException(DynamoException.DYNAMODB + "TransactionCanceledException", 400,
				"Transaction cancelled, please refer cancellation reasons for specific reasons " + codes,
				Map.of("CancellationReasons", reasons));
	}

	private static void sleep(Fault fault) {
		try {
			Thread.sleep(fault.delay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/**
	 * A fault as added: how often it hit, and its removal.
	 */
	public final class Registration {

		private final Fault fault;

		private final AtomicInteger remaining;

		private final AtomicInteger hits = new AtomicInteger();

		Registration(Fault fault) {
			this.fault = fault;
			this.remaining = new AtomicInteger(fault.times());
		}

		/** The fault. */
		public Fault fault() {
			return this.fault;
		}

		/** How many requests (or batch items) it hit so far. */
		public int hits() {
			return this.hits.get();
		}

		/** Stops injecting this fault. */
		public void remove() {
			FaultInjector.this.faults.remove(this);
		}

		boolean draw() {
			if (this.fault.share() < 1) {
				synchronized (FaultInjector.this.random) {
					if (FaultInjector.this.random.nextDouble() >= this.fault.share()) {
						return false;
					}
				}
			}
			if (this.fault.times() >= 0 && this.remaining.getAndUpdate((n) -> Math.max(0, n - 1)) <= 0) {
				return false;
			}
			this.hits.incrementAndGet();
			return true;
		}

	}

}
