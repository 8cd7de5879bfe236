/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.capacity.TableCapacities;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.ItemCollections;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.storage.ItemRef;
import io.dynamo.embedded.storage.TransactionConflict;

/**
 * TransactWriteItems: up to 100 puts, updates, deletes and condition checks across
 * tables, all or nothing. Every action is parsed and checked first; then the items are
 * locked together through {@code Catalog.atomically} (the lock of every single-item write
 * too, so transactions are serializable with them), every condition evaluated on the
 * locked items, and either every write applied or none, with one cancellation reason per
 * action.
 * <p>
 * The items are claimed while the transaction runs: a transaction that meets an item
 * another one holds is cancelled with {@code TransactionConflict} for that item, and a
 * PutItem, UpdateItem or DeleteItem of it fails with {@code TransactionConflictException}
 * (developer guide, transaction conflict handling), instead of waiting for it.
 */
public final class TransactWriteItems implements Operation {

	/** DynamoDB's limit of actions in one transaction. */
	public static final int MAX_ACTIONS = 100;

	/** DynamoDB's limit of the aggregate size of a transaction's items. */
	public static final long MAX_SIZE = 4L * 1024 * 1024;

	private final EngineContext context;

	private final RequestTokens tokens;

	public TransactWriteItems(EngineContext context) {
		this.context = context;
		this.tokens = new RequestTokens(context.clock());
	}

	@Override
	public Map<String, Object> execute(Request request) {
		List<Map<String, Object>> transactItems = Members.structures(request.body().get("TransactItems"));
		String token = request.string("ClientRequestToken");
		Constraints constraints = new Constraints();
		constraints.oneOf("returnConsumedCapacity", request.string("ReturnConsumedCapacity"), "INDEXES", "TOTAL",
				"NONE");
		constraints.oneOf("returnItemCollectionMetrics", request.string("ReturnItemCollectionMetrics"), "SIZE", "NONE");
		constraints.minLength("clientRequestToken", token, 1).maxLength("clientRequestToken", token, 36);
		constraints.notNull("transactItems", transactItems)
			.minLength("transactItems", transactItems, 1)
			.maxLength("transactItems", transactItems, MAX_ACTIONS);
		List<WriteAction.Kind> kinds = new ArrayList<>();
		if (transactItems != null && transactItems.size() <= MAX_ACTIONS) {
			for (Map<String, Object> transactItem : transactItems) {
				kinds.add(WriteAction.kindOf(transactItem));
			}
			for (int i = 0; i < transactItems.size(); i++) {
				WriteAction.Kind kind = kinds.get(i);
				WriteAction.constraints(constraints, kind, Members.structure(transactItems.get(i), kind.member), i + 1);
			}
		}
		constraints.check();

		List<WriteAction> actions = new ArrayList<>(transactItems.size());
		for (int i = 0; i < transactItems.size(); i++) {
			WriteAction.Kind kind = kinds.get(i);
			actions.add(WriteAction.parse(this.context.catalog(), kind,
					Members.structure(transactItems.get(i), kind.member)));
		}
		List<ItemRef> refs = new ArrayList<>(actions.size());
		for (WriteAction action : actions) {
			refs.add(action.ref());
		}
		checkDistinct(refs);
		long size = 0;
		for (WriteAction action : actions) {
			size += action.size();
		}
		if (size > MAX_SIZE) {
			throw DynamoException.validation("Transaction request size exceeds the maximum allowed size of 4 MB");
		}

		String returnConsumedCapacity = request.string("ReturnConsumedCapacity");
		if (token == null) {
			return run(actions, refs, returnConsumedCapacity, request.string("ReturnItemCollectionMetrics"));
		}
		Map<String, Object> fingerprint = new LinkedHashMap<>(request.body());
		fingerprint.remove("ClientRequestToken");
		Map<String, Object> earlier = this.tokens.begin(token, fingerprint);
		if (earlier != null) {
			return replay(earlier, actions, returnConsumedCapacity);
		}
		try {
			Map<String, Object> response = run(actions, refs, returnConsumedCapacity,
					request.string("ReturnItemCollectionMetrics"));
			this.tokens.complete(token, response);
			return response;
		}
		catch (RuntimeException ex) {
			this.tokens.release(token);
			throw ex;
		}
	}

	/** Refuses a transaction that names one item twice. */
	static void checkDistinct(List<ItemRef> refs) {
		Set<ItemRef> seen = new HashSet<>();
		for (ItemRef ref : refs) {
			if (!seen.add(ref)) {
				throw DynamoException.validation("Transaction request cannot include multiple operations on one item");
			}
		}
	}

	private Map<String, Object> run(List<WriteAction> actions, List<ItemRef> refs, String returnConsumedCapacity,
			String returnItemCollectionMetrics) {
		TableCapacities capacities = new TableCapacities();
		try {
			transaction(actions, refs, capacities);
		}
		catch (TransactionConflict conflict) {
			throw Cancellation.conflicts(refs, conflict.held());
		}
		Map<String, Object> response = new LinkedHashMap<>();
		List<Map<String, Object>> consumed = capacities.toResponse(returnConsumedCapacity, true);
		if (consumed != null) {
			response.put("ConsumedCapacity", consumed);
		}
		if ("SIZE".equals(returnItemCollectionMetrics)) {
			List<ItemRef> written = new ArrayList<>();
			for (WriteAction action : actions) {
				if (action.writes()) {
					written.add(action.ref());
				}
			}
			Map<String, Object> metrics = ItemCollections.metrics(written);
			if (!metrics.isEmpty()) {
				response.put("ItemCollectionMetrics", metrics);
			}
		}
		return response;
	}

	private void transaction(List<WriteAction> actions, List<ItemRef> refs, TableCapacities capacities) {
		this.context.catalog().transaction(refs, (locked) -> {
			Cancellation cancellation = new Cancellation();
			List<Map<String, AttributeValue>> olds = new ArrayList<>(actions.size());
			List<Map<String, AttributeValue>> nexts = new ArrayList<>(actions.size());
			for (WriteAction action : actions) {
				Map<String, AttributeValue> current = locked.current(action.ref());
				olds.add(current);
				try {
					nexts.add(action.apply(current));
					cancellation.none();
				}
				catch (WriteAction.Failure failure) {
					nexts.add(current);
					cancellation.failed(failure);
				}
			}
			if (cancellation.cancelled()) {
				throw cancellation.exception();
			}
			for (int i = 0; i < actions.size(); i++) {
				WriteAction action = actions.get(i);
				if (action.writes() && nexts.get(i) != olds.get(i)) {
					locked.write(action.ref(), nexts.get(i));
				}
				action.consumed(capacities, olds.get(i), nexts.get(i));
			}
			return null;
		});
	}

	/**
	 * The answer to a repeat within the window: the first response, except that the
	 * capacity is that of reading the items, as DynamoDB charges a repeat.
	 */
	private Map<String, Object> replay(Map<String, Object> earlier, List<WriteAction> actions,
			String returnConsumedCapacity) {
		Map<String, Object> response = new LinkedHashMap<>(earlier);
		if (response.containsKey("ConsumedCapacity")) {
			TableCapacities capacities = new TableCapacities();
			for (WriteAction action : actions) {
				action.replayed(capacities);
			}
			response.put("ConsumedCapacity", capacities.toResponse(returnConsumedCapacity, true));
		}
		return response;
	}

}
