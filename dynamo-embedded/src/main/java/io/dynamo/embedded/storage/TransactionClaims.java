/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The items of the write transactions in flight. DynamoDB refuses, rather than queues, a
 * request that meets one of them (developer guide, transaction conflict handling): a
 * PutItem, UpdateItem or DeleteItem fails with {@code TransactionConflictException}, a
 * TransactWriteItems or TransactGetItems is cancelled with {@code TransactionConflict}. A
 * write transaction claims its items before it locks them and releases them once its
 * writes are applied (and journaled); the claims are what the refusal checks.
 */
final class TransactionClaims {

	private final ConcurrentHashMap<ItemRef, Object> claims = new ConcurrentHashMap<>();

	/**
	 * Claims every item for one transaction, or none.
	 * @param refs the transaction's items, distinct
	 * @param owner the transaction
	 * @return the items another transaction holds (nothing claimed then); empty when all
	 * are claimed
	 */
	List<ItemRef> claim(Collection<ItemRef> refs, Object owner) {
		List<ItemRef> claimed = new ArrayList<>(refs.size());
		List<ItemRef> held = new ArrayList<>();
		for (ItemRef ref : refs) {
			Object holder = this.claims.putIfAbsent(ref, owner);
			if (holder == null || holder == owner) {
				claimed.add(ref);
			}
			else {
				held.add(ref);
			}
		}
		if (!held.isEmpty()) {
			release(claimed, owner);
		}
		return held;
	}

	void release(Collection<ItemRef> refs, Object owner) {
		for (ItemRef ref : refs) {
			this.claims.remove(ref, owner);
		}
	}

	/** Whether a write transaction in flight holds the item. */
	boolean held(ItemRef ref) {
		return !this.claims.isEmpty() && this.claims.containsKey(ref);
	}

}
