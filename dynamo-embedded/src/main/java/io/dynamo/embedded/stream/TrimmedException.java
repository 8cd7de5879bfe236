/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

/**
 * A read that starts before a shard's trim horizon: records it would return were trimmed
 * (older than 24 hours).
 */
public final class TrimmedException extends RuntimeException {

	TrimmedException() {
		super("Trimmed", null, false, false);
	}

}
