/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.capacity.CapacityUnits;
import io.dynamo.embedded.capacity.TableCapacities;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.storage.ItemRef;

/**
 * TransactGetItems: up to 100 items read as one consistent snapshot, under the same item
 * locks as every write, so no write (single or transactional) is seen half done. Results
 * come in request order, an empty entry for an absent item; each read costs twice a
 * consistent read.
 */
public final class TransactGetItems implements Operation {

	private final EngineContext context;

	public TransactGetItems(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		List<Map<String, Object>> transactItems = Members.structures(request.body().get("TransactItems"));
		Constraints constraints = new Constraints();
		constraints.oneOf("returnConsumedCapacity", request.string("ReturnConsumedCapacity"), "INDEXES", "TOTAL",
				"NONE");
		constraints.notNull("transactItems", transactItems)
			.minLength("transactItems", transactItems, 1)
			.maxLength("transactItems", transactItems, TransactWriteItems.MAX_ACTIONS);
		if (transactItems != null && transactItems.size() <= TransactWriteItems.MAX_ACTIONS) {
			for (int i = 0; i < transactItems.size(); i++) {
				Map<String, Object> transactItem = transactItems.get(i);
				GetAction.constraints(constraints,
						(transactItem != null) ? Members.structure(transactItem, "Get") : null, i + 1);
			}
		}
		constraints.check();

		List<GetAction> gets = new ArrayList<>(transactItems.size());
		for (Map<String, Object> transactItem : transactItems) {
			gets.add(GetAction.parse(this.context.catalog(), Members.structure(transactItem, "Get")));
		}
		List<ItemRef> refs = new ArrayList<>(gets.size());
		for (GetAction get : gets) {
			refs.add(get.ref());
		}
		TransactWriteItems.checkDistinct(refs);
		// a transactional read of an item a write transaction holds is cancelled, not
		// queued
		List<ItemRef> held = this.context.catalog().heldByTransactions(refs);
		if (!held.isEmpty()) {
			throw Cancellation.conflicts(refs, held);
		}
		List<Map<String, AttributeValue>> items = this.context.catalog().atomically(refs, (locked) -> {
			List<Map<String, AttributeValue>> read = new ArrayList<>(refs.size());
			for (ItemRef ref : refs) {
				read.add(locked.current(ref));
			}
			return read;
		});

		TableCapacities capacities = new TableCapacities();
		List<Object> responses = new ArrayList<>(gets.size());
		for (int i = 0; i < gets.size(); i++) {
			GetAction get = gets.get(i);
			Map<String, AttributeValue> item = items.get(i);
			capacities.read(get.ref().table().name(), 2 * CapacityUnits.read(item, true));
			Map<String, Object> entry = new LinkedHashMap<>();
			if (item != null) {
				entry.put("Item", get.project(item));
			}
			responses.add(entry);
		}
		Map<String, Object> response = new LinkedHashMap<>();
		List<Map<String, Object>> consumed = capacities.toResponse(request.string("ReturnConsumedCapacity"), true);
		if (consumed != null) {
			response.put("ConsumedCapacity", consumed);
		}
		response.put("Responses", responses);
		return response;
	}

}
