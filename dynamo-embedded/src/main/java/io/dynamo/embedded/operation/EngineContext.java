/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.time.Clock;
import java.util.Objects;

import io.dynamo.embedded.storage.Catalog;

/**
 * What operations share: the engine's clock, its region, its tables and the hook that
 * wraps every operation. One per engine.
 */
public final class EngineContext {

	private final Clock clock;

	private final String region;

	private final Catalog catalog = new Catalog();

	private volatile OperationHook hook = OperationHook.NONE;

	public EngineContext(Clock clock) {
		this(clock, "us-east-1");
	}

	public EngineContext(Clock clock, String region) {
		this.clock = clock;
		this.region = region;
	}

	/**
	 * The engine's clock: TTL expiry, stream record times, token windows, creation times.
	 */
	public Clock clock() {
		return this.clock;
	}

	/** The region in ARNs. */
	public String region() {
		return this.region;
	}

	/** The tables and the write path. */
	public Catalog catalog() {
		return this.catalog;
	}

	/** The hook around every operation (capacity enforcement, fault injection). */
	public OperationHook hook() {
		return this.hook;
	}

	public void hook(OperationHook hook) {
		this.hook = Objects.requireNonNull(hook, "hook");
	}

}
