/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.List;

/**
 * A transaction met items that another transaction in flight holds; the caller turns it
 * into the cancellation DynamoDB sends, {@code TransactionConflict} for those items.
 */
public final class TransactionConflict extends RuntimeException {

	private final transient List<ItemRef> held;

	TransactionConflict(List<ItemRef> held) {
		super(Catalog.TRANSACTION_ONGOING, null, false, false);
		this.held = List.copyOf(held);
	}

	/** The items held by other transactions. */
	public List<ItemRef> held() {
		return this.held;
	}

}
