/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * The items of one {@link Catalog#atomically} call, locked: their current values and the
 * writes to apply when the call returns. Nothing is applied when the call throws.
 */
public interface LockedItems {

	/** The current item, or null; stable while the lock is held. */
	Map<String, AttributeValue> current(ItemRef ref);

	/**
	 * Writes the item when the call returns: a new item (immutable from here on) or null
	 * to delete it. The last write of one item wins.
	 */
	void write(ItemRef ref, Map<String, AttributeValue> newItem);

}
