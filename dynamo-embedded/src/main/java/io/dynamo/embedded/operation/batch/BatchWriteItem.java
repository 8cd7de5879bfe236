/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.batch;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.capacity.ConsumedCapacity;
import io.dynamo.embedded.capacity.TableCapacities;
import io.dynamo.embedded.capacity.WriteCapacity;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.ItemCollections;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.operation.transaction.ItemChecks;
import io.dynamo.embedded.protocol.AttributeValues;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.storage.ItemRef;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;

/**
 * BatchWriteItem: up to 25 puts and deletes across tables, every one validated before any
 * is written, each written atomically on its own (the batch as a whole is not atomic).
 * Everything is processed, so {@code UnprocessedItems} is empty unless the operation hook
 * (capacity enforcement, fault injection) puts items back there.
 */
public final class BatchWriteItem implements Operation {

	/** DynamoDB's limit of requests in one batch. */
	public static final int MAX_REQUESTS = 25;

	private final EngineContext context;

	public BatchWriteItem(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		Map<String, Object> requestItems = request.object("RequestItems");
		Constraints constraints = new Constraints();
		constraints.oneOf("returnConsumedCapacity", request.string("ReturnConsumedCapacity"), "INDEXES", "TOTAL",
				"NONE");
		constraints.oneOf("returnItemCollectionMetrics", request.string("ReturnItemCollectionMetrics"), "SIZE", "NONE");
		RequestItems.check(constraints, requestItems);
		Map<String, List<Map<String, Object>>> lists = new LinkedHashMap<>();
		if (requestItems != null) {
			for (Map.Entry<String, Object> entry : requestItems.entrySet()) {
				lists.put(entry.getKey(), Members.structures(entry.getValue()));
			}
			RequestItems.checkListLengths(constraints, requestItems, MAX_REQUESTS);
			lists.forEach((table, requests) -> checkMembers(constraints, table, requests));
		}
		constraints.check();

		List<Write> writes = new ArrayList<>();
		for (Map.Entry<String, List<Map<String, Object>>> entry : lists.entrySet()) {
			for (Map<String, Object> writeRequest : entry.getValue()) {
				if (writeRequest == null || writeRequest.isEmpty()) {
					throw DynamoException.validation("Supplied AttributeValue has more than one datatypes set, "
							+ "must contain exactly one of the supported datatypes");
				}
			}
		}
		for (Map.Entry<String, List<Map<String, Object>>> entry : lists.entrySet()) {
			for (Map<String, Object> writeRequest : entry.getValue()) {
				Map<String, Object> put = Members.structure(writeRequest, "PutRequest");
				if (put != null) {
					Map<String, AttributeValue> item = AttributeValues.item(put.get("Item"));
					ItemChecks.itemSize(item);
				}
				else {
					AttributeValues.item(Members.structure(writeRequest, "DeleteRequest").get("Key"));
				}
			}
		}
		for (Map.Entry<String, List<Map<String, Object>>> entry : lists.entrySet()) {
			Table table = Tables.forItems(this.context.catalog(), entry.getKey());
			Set<PrimaryKey> seen = new HashSet<>();
			for (Map<String, Object> writeRequest : entry.getValue()) {
				Write write = Write.of(table, writeRequest);
				if (!seen.add(write.key())) {
					throw DynamoException.validation("Provided list of item keys contains duplicates");
				}
				writes.add(write);
			}
		}

		TableCapacities capacities = new TableCapacities();
		List<ItemRef> written = new ArrayList<>(writes.size());
		for (Write write : writes) {
			Map<String, AttributeValue> item = write.item();
			ItemChange change = this.context.catalog().write(write.table(), write.key(), (current) -> item);
			ConsumedCapacity capacity = WriteCapacity.of(write.table().definition(), change.oldItem(),
					change.newItem());
			capacities.write(capacity);
			written.add(new ItemRef(write.table(), write.key()));
		}

		Map<String, Object> response = new LinkedHashMap<>();
		response.put("UnprocessedItems", new LinkedHashMap<>());
		String returnConsumedCapacity = request.string("ReturnConsumedCapacity");
		List<Map<String, Object>> consumed = capacities.toResponse(returnConsumedCapacity, false);
		if (consumed != null) {
			response.put("ConsumedCapacity", consumed);
		}
		if ("SIZE".equals(request.string("ReturnItemCollectionMetrics"))) {
			response.put("ItemCollectionMetrics", ItemCollections.metrics(written));
		}
		return response;
	}

	private static void checkMembers(Constraints constraints, String table, List<Map<String, Object>> requests) {
		for (int i = 0; i < requests.size(); i++) {
			Map<String, Object> writeRequest = requests.get(i);
			if (writeRequest == null) {
				continue;
			}
			String path = "requestItems." + table + ".member." + (i + 1) + ".member.";
			Map<String, Object> delete = Members.structure(writeRequest, "DeleteRequest");
			if (delete != null) {
				constraints.notNull(path + "deleteRequest.key", delete.get("Key"));
			}
			Map<String, Object> put = Members.structure(writeRequest, "PutRequest");
			if (put != null) {
				constraints.notNull(path + "putRequest.item", put.get("Item"));
			}
		}
	}

	/** One put (an item) or delete (a null item) of a batch, checked. */
	private record Write(Table table, PrimaryKey key, Map<String, AttributeValue> item) {

		static Write of(Table table, Map<String, Object> writeRequest) {
			Map<String, Object> put = Members.structure(writeRequest, "PutRequest");
			if (put != null) {
				Map<String, AttributeValue> item = AttributeValues.item(put.get("Item"));
				PrimaryKey key;
				try {
					key = ItemChecks.putItem(item, table.definition());
				}
				catch (DynamoException ex) {
					// a batch words a missing or mistyped key as a key mismatch
					String message = ex.getMessage();
					if (message.contains("Missing the key") || message.contains("Type mismatch for key")) {
						throw DynamoException.validation("The provided key element does not match the schema");
					}
					throw ex;
				}
				return new Write(table, key, ItemChecks.stored(item));
			}
			Map<String, Object> delete = Members.structure(writeRequest, "DeleteRequest");
			Map<String, AttributeValue> key = AttributeValues.item(delete.get("Key"));
			return new Write(table, ItemChecks.key(key, table.definition()), null);
		}

	}

}
