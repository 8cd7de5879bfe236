/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.List;

/**
 * Sees every change the engine applies, from the single write path: each atomic unit (one
 * item write, or all the writes of one {@link Catalog#atomically} call, such as a
 * transaction) in one call, in the order applied, while the items' locks are still held.
 * So for any item, calls arrive in the order its versions were written, and nothing can
 * read a change before its listeners have seen it return. A listener that throws aborts
 * nothing (the change is applied); it must do its own error handling, and keep the call
 * short since the item locks are held.
 */
public interface ChangeListener {

	/** The changes of one atomic unit, in order. */
	void onChanges(List<ItemChange> changes);

	/** A table was created (its definition is final by now). */
	default void onTableCreated(Table table) {
	}

	/** A table's definition changed (UpdateTable, TTL, tags, streams). */
	default void onTableUpdated(Table table) {
	}

	/** A table was deleted with all its items. */
	default void onTableDeleted(Table table) {
	}

}
