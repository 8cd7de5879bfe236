/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.fault;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * A fault to inject, as an immutable rule: what happens ({@link #throttling()},
 * {@link #internalError()}, {@link #transactionConflict()}, {@link #delay(Duration)},
 * {@link #unprocessed()}), to which operations and tables, and how often (the first
 * {@link #times(int) n} matching requests, or a {@link #share(double) share} of them
 * drawn from the engine's seeded random source). For {@link #unprocessed()} the count and
 * the share apply to the items and keys of batches, not to requests.
 *
 * <pre>{@code
 * engine.faults().add(Fault.unprocessed().share(0.5).table("orders"));
 * engine.faults().add(Fault.throttling().operation("PutItem").times(2));
 * }</pre>
 *
 * @param kind what the fault does
 * @param operations the actions it applies to (empty: every action it can apply to)
 * @param tables the tables it applies to (empty: every table)
 * @param times how many matching requests (or batch items) it hits; -1 for no limit
 * @param share the share of matching requests (or batch items) it hits, 0 to 1
 * @param delay how long a {@link Kind#DELAY} waits
 */
public record Fault(Kind kind, Set<String> operations, Set<String> tables, int times, double share, Duration delay) {

	public Fault {
		Objects.requireNonNull(kind, "kind");
		operations = Set.copyOf(operations);
		tables = Set.copyOf(tables);
		if (share < 0 || share > 1) {
			throw new IllegalArgumentException("share must be between 0 and 1: " + share);
		}
	}

	/**
	 * A throttle: {@code ProvisionedThroughputExceededException} with its throttling
	 * reason for data-plane actions, {@code ThrottlingException} for table actions.
	 */
	public static Fault throttling() {
		return of(Kind.THROTTLING);
	}

	/** A {@code 500 InternalServerError}. */
	public static Fault internalError() {
		return of(Kind.INTERNAL_ERROR);
	}

	/**
	 * A transaction conflict: {@code TransactionCanceledException} with the reason
	 * {@code TransactionConflict} for {@code TransactWriteItems} and
	 * {@code TransactGetItems}, {@code TransactionConflictException} for single-item
	 * writes (as when they meet an item a transaction is writing).
	 */
	public static Fault transactionConflict() {
		return of(Kind.TRANSACTION_CONFLICT);
	}

	/** A delay before the action runs (the action then runs normally). */
	public static Fault delay(Duration delay) {
		return new Fault(Kind.DELAY, Set.of(), Set.of(), -1, 1, Objects.requireNonNull(delay, "delay"));
	}

	/**
	 * Items of {@code BatchWriteItem} and keys of {@code BatchGetItem} left unprocessed
	 * (returned in {@code UnprocessedItems} / {@code UnprocessedKeys}, not written or
	 * read).
	 */
	public static Fault unprocessed() {
		return of(Kind.UNPROCESSED);
	}

	private static Fault of(Kind kind) {
		return new Fault(kind, Set.of(), Set.of(), -1, 1, Duration.ZERO);
	}

	/** The same fault, only for these actions (such as {@code PutItem}). */
	public Fault operation(String... operations) {
		return new Fault(this.kind, Set.of(operations), this.tables, this.times, this.share, this.delay);
	}

	/** The same fault, only for requests on these tables. */
	public Fault table(String... tables) {
		return new Fault(this.kind, this.operations, Set.of(tables), this.times, this.share, this.delay);
	}

	/**
	 * The same fault, for the first {@code times} matching requests (or batch items)
	 * only.
	 */
	public Fault times(int times) {
		if (times < 0) {
			throw new IllegalArgumentException("times must not be negative: " + times);
		}
		return new Fault(this.kind, this.operations, this.tables, times, this.share, this.delay);
	}

	/** The same fault, for this share of the matching requests (or batch items). */
	public Fault share(double share) {
		return new Fault(this.kind, this.operations, this.tables, this.times, share, this.delay);
	}

	/** What a fault does. */
	public enum Kind {

		/** Throttle the request. */
		THROTTLING,

		/** Fail with a 500. */
		INTERNAL_ERROR,

		/** Fail as a transaction conflict. */
		TRANSACTION_CONFLICT,

		/** Wait, then run. */
		DELAY,

		/** Leave batch items or keys unprocessed. */
		UNPROCESSED

	}

}
