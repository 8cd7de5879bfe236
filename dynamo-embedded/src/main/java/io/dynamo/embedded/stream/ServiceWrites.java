/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

import java.util.function.Supplier;

/**
 * Marks the writes the service makes on its own (TTL removals), so that their stream
 * records carry DynamoDB's service identity. The mark is on the writing thread: change
 * listeners run on the thread that applied the change.
 */
public final class ServiceWrites {

	private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> Boolean.FALSE);

	private ServiceWrites() {
	}

	/** Runs the writes as the service's. */
	public static <T> T run(Supplier<T> writes) {
		boolean outer = ACTIVE.get();
		ACTIVE.set(Boolean.TRUE);
		try {
			return writes.get();
		}
		finally {
			ACTIVE.set(outer);
		}
	}

	/** Whether the current thread writes as the service. */
	public static boolean active() {
		return ACTIVE.get();
	}

}
