/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.ItemRef;

/**
 * The {@code TransactionCanceledException} of a transaction: one reason per action, in
 * request order ({@code None} for the actions that would have succeeded), and DynamoDB's
 * message listing the codes.
 */
final class Cancellation {

	private final List<Map<String, Object>> reasons = new ArrayList<>();

	private final List<String> codes = new ArrayList<>();

	private boolean cancelled;

	/** The next action succeeded. */
	void none() {
		Map<String, Object> reason = new LinkedHashMap<>();
		reason.put("Code", "None");
		this.reasons.add(reason);
		this.codes.add("None");
	}

	/** The next action failed. */
	void failed(WriteAction.Failure failure) {
		Map<String, Object> reason = new LinkedHashMap<>();
		if (failure.item != null) {
			reason.put("Item", failure.item);
		}
		reason.put("Code", failure.code);
		reason.put("Message", failure.getMessage());
		this.reasons.add(reason);
		this.codes.add(failure.code);
		this.cancelled = true;
	}

	/** The next action met an item another transaction in flight holds. */
	void conflict() {
		Map<String, Object> reason = new LinkedHashMap<>();
		reason.put("Code", "TransactionConflict");
		reason.put("Message", Catalog.TRANSACTION_ONGOING);
		this.reasons.add(reason);
		this.codes.add("TransactionConflict");
		this.cancelled = true;
	}

	/**
	 * The cancellation of a transaction over these items whose held ones met another
	 * transaction.
	 */
	static DynamoException conflicts(List<ItemRef> refs, List<ItemRef> held) {
		Cancellation cancellation = new Cancellation();
		for (ItemRef ref : refs) {
			if (held.contains(ref)) {
				cancellation.conflict();
			}
			else {
				cancellation.none();
			}
		}
		return cancellation.exception();
	}

	boolean cancelled() {
		return this.cancelled;
	}

	DynamoException exception() {
		return DynamoException
			.of("TransactionCanceledException", 400,
					"Transaction cancelled, please refer cancellation reasons for specific reasons ["
							+ String.join(", ", this.codes) + "]")
			.with("CancellationReasons", this.reasons);
	}

}
