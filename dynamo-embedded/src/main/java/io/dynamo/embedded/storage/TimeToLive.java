/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

/**
 * A table's time-to-live setting.
 *
 * @param attributeName the attribute holding the expiry time in epoch seconds, or null
 * @param enabled whether expired items are removed
 */
public record TimeToLive(String attributeName, boolean enabled) {

	/** Never enabled. */
	public static final TimeToLive DISABLED = new TimeToLive(null, false);

}
