/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.time.Clock;

/**
 * What operations share: the engine's clock and its state. One per engine.
 */
public final class EngineContext {

	private final Clock clock;

	public EngineContext(Clock clock) {
		this.clock = clock;
	}

	/**
	 * The engine's clock: TTL expiry, stream record times, token windows, creation times.
	 */
	public Clock clock() {
		return this.clock;
	}

}
