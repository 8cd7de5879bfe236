/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.SdkClient;
import software.amazon.awssdk.core.SdkResponse;
import software.amazon.awssdk.core.SdkServiceClientConfiguration;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionRequest;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItem;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * What DynamoDB requests and responses say about tables, capacity and items, read with
 * plain type checks (no reflection) so it is cheap enough for every request.
 *
 * @author dynamo-spring-boot authors
 */
public final class DynamoRequests {

	/**
	 * Table tag of a request that names no table (such as {@code ListTables} or a PartiQL
	 * statement).
	 */
	public static final String NO_TABLE = "none";

	/**
	 * Table tag of a batch or transaction that spans several tables.
	 */
	public static final String MULTIPLE_TABLES = "multiple";

	private DynamoRequests() {
	}

	/**
	 * The kind of capacity an operation consumes.
	 */
	public enum CapacityKind {

		/**
		 * Read capacity units.
		 */
		READ,

		/**
		 * Write capacity units.
		 */
		WRITE;

		/**
		 * Return the lower-case tag value.
		 * @return {@code read} or {@code write}
		 */
		public String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/**
	 * Return the {@code ReturnConsumedCapacity} value a client's interceptors would set
	 * on every request: {@code INDEXES} when one of them is a
	 * {@link ConsumedCapacityInterceptor} that
	 * {@linkplain ConsumedCapacityInterceptor#asksForConsumedCapacity() asks for it}.
	 * Code that builds its requests itself sets it then, and the interceptor has no
	 * request to copy. Read once, when the code that builds the requests is created.
	 * @param client the client
	 * @return {@code INDEXES}, or {@code null} when no interceptor asks for consumed
	 * capacity or the client does not describe its configuration (a client implemented by
	 * hand)
	 */
	public static @Nullable ReturnConsumedCapacity consumedCapacityOf(SdkClient client) {
		SdkServiceClientConfiguration configuration;
		try {
			configuration = client.serviceClientConfiguration();
		}
		catch (UnsupportedOperationException ex) {
			return null;
		}
		if (configuration == null || configuration.overrideConfiguration() == null) {
			return null;
		}
		for (ExecutionInterceptor interceptor : configuration.overrideConfiguration().executionInterceptors()) {
			if (interceptor instanceof ConsumedCapacityInterceptor capacity && capacity.asksForConsumedCapacity()) {
				return ReturnConsumedCapacity.INDEXES;
			}
		}
		return null;
	}

	/**
	 * Ask a request that supports it for its consumed capacity per table and index,
	 * unless the caller already chose a value (which is then kept).
	 * @param request the request
	 * @return the request, or a copy with {@code ReturnConsumedCapacity=INDEXES}
	 */
	public static SdkRequest withConsumedCapacity(SdkRequest request) {
		ReturnConsumedCapacity indexes = ReturnConsumedCapacity.INDEXES;
		if (request instanceof GetItemRequest get) {
			return (get.returnConsumedCapacityAsString() != null) ? get
					: get.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof PutItemRequest put) {
			return (put.returnConsumedCapacityAsString() != null) ? put
					: put.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof UpdateItemRequest update) {
			return (update.returnConsumedCapacityAsString() != null) ? update
					: update.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof DeleteItemRequest delete) {
			return (delete.returnConsumedCapacityAsString() != null) ? delete
					: delete.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof QueryRequest query) {
			return (query.returnConsumedCapacityAsString() != null) ? query
					: query.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof ScanRequest scan) {
			return (scan.returnConsumedCapacityAsString() != null) ? scan
					: scan.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof BatchGetItemRequest batchGet) {
			return (batchGet.returnConsumedCapacityAsString() != null) ? batchGet
					: batchGet.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof BatchWriteItemRequest batchWrite) {
			return (batchWrite.returnConsumedCapacityAsString() != null) ? batchWrite
					: batchWrite.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof TransactGetItemsRequest transactGet) {
			return (transactGet.returnConsumedCapacityAsString() != null) ? transactGet
					: transactGet.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof TransactWriteItemsRequest transactWrite) {
			return (transactWrite.returnConsumedCapacityAsString() != null) ? transactWrite
					: transactWrite.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof ExecuteStatementRequest statement) {
			return (statement.returnConsumedCapacityAsString() != null) ? statement
					: statement.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof BatchExecuteStatementRequest statements) {
			return (statements.returnConsumedCapacityAsString() != null) ? statements
					: statements.toBuilder().returnConsumedCapacity(indexes).build();
		}
		if (request instanceof ExecuteTransactionRequest transaction) {
			return (transaction.returnConsumedCapacityAsString() != null) ? transaction
					: transaction.toBuilder().returnConsumedCapacity(indexes).build();
		}
		return request;
	}

	/**
	 * Return the tables a request touches, in request order.
	 * @param request the request
	 * @return the table names, empty when the request names none
	 */
	public static Set<String> tables(SdkRequest request) {
		String single = singleTable(request);
		if (single != null) {
			return Set.of(single);
		}
		if (request instanceof BatchGetItemRequest batchGet) {
			return new LinkedHashSet<>(batchGet.requestItems().keySet());
		}
		if (request instanceof BatchWriteItemRequest batchWrite) {
			return new LinkedHashSet<>(batchWrite.requestItems().keySet());
		}
		if (request instanceof TransactGetItemsRequest transactGet) {
			Set<String> tables = new LinkedHashSet<>();
			for (TransactGetItem item : transactGet.transactItems()) {
				if (item.get() != null) {
					tables.add(item.get().tableName());
				}
			}
			return tables;
		}
		if (request instanceof TransactWriteItemsRequest transactWrite) {
			Set<String> tables = new LinkedHashSet<>();
			for (TransactWriteItem item : transactWrite.transactItems()) {
				tables.add(tableOf(item));
			}
			return tables;
		}
		return Set.of();
	}

	/**
	 * Return the bounded table tag of a request: its table, {@link #NO_TABLE} or
	 * {@link #MULTIPLE_TABLES}.
	 * @param request the request
	 * @return the tag value
	 */
	public static String tableTag(SdkRequest request) {
		// the single-table requests, without building a set
		String table = singleTable(request);
		if (table != null) {
			return table;
		}
		Set<String> tables = tables(request);
		if (tables.isEmpty()) {
			return NO_TABLE;
		}
		return (tables.size() == 1) ? tables.iterator().next() : MULTIPLE_TABLES;
	}

	/**
	 * Return the table of a request on one table: get, put, update, delete, query or
	 * scan.
	 * @param request the request
	 * @return the table, or {@code null} for other requests (batches, transactions,
	 * PartiQL, table operations)
	 */
	public static @Nullable String singleTable(SdkRequest request) {
		if (request instanceof GetItemRequest get) {
			return get.tableName();
		}
		if (request instanceof PutItemRequest put) {
			return put.tableName();
		}
		if (request instanceof UpdateItemRequest update) {
			return update.tableName();
		}
		if (request instanceof DeleteItemRequest delete) {
			return delete.tableName();
		}
		if (request instanceof QueryRequest query) {
			return query.tableName();
		}
		if (request instanceof ScanRequest scan) {
			return scan.tableName();
		}
		return null;
	}

	/**
	 * Return the kind of capacity a request consumes.
	 * @param request the request
	 * @return the kind, or {@code null} for requests that consume no item capacity
	 */
	public static @Nullable CapacityKind kind(SdkRequest request) {
		if (request instanceof GetItemRequest || request instanceof QueryRequest || request instanceof ScanRequest
				|| request instanceof BatchGetItemRequest || request instanceof TransactGetItemsRequest) {
			return CapacityKind.READ;
		}
		if (request instanceof PutItemRequest || request instanceof UpdateItemRequest
				|| request instanceof DeleteItemRequest || request instanceof BatchWriteItemRequest
				|| request instanceof TransactWriteItemsRequest || request instanceof ExecuteTransactionRequest
				|| request instanceof BatchExecuteStatementRequest) {
			return CapacityKind.WRITE;
		}
		if (request instanceof ExecuteStatementRequest statement) {
			String text = statement.statement();
			return (text != null && text.stripLeading().regionMatches(true, 0, "SELECT", 0, 6)) ? CapacityKind.READ
					: CapacityKind.WRITE;
		}
		return null;
	}

	/**
	 * Return the consumed capacity a response reports.
	 * @param response the response
	 * @return the consumed capacity per table, empty when none was reported
	 */
	public static List<ConsumedCapacity> consumedCapacity(SdkResponse response) {
		if (response instanceof GetItemResponse get) {
			return listOf(get.consumedCapacity());
		}
		if (response instanceof PutItemResponse put) {
			return listOf(put.consumedCapacity());
		}
		if (response instanceof UpdateItemResponse update) {
			return listOf(update.consumedCapacity());
		}
		if (response instanceof DeleteItemResponse delete) {
			return listOf(delete.consumedCapacity());
		}
		if (response instanceof QueryResponse query) {
			return listOf(query.consumedCapacity());
		}
		if (response instanceof ScanResponse scan) {
			return listOf(scan.consumedCapacity());
		}
		if (response instanceof BatchGetItemResponse batchGet) {
			return batchGet.consumedCapacity();
		}
		if (response instanceof BatchWriteItemResponse batchWrite) {
			return batchWrite.consumedCapacity();
		}
		if (response instanceof TransactGetItemsResponse transactGet) {
			return transactGet.consumedCapacity();
		}
		if (response instanceof TransactWriteItemsResponse transactWrite) {
			return transactWrite.consumedCapacity();
		}
		if (response instanceof ExecuteStatementResponse statement) {
			return listOf(statement.consumedCapacity());
		}
		if (response instanceof BatchExecuteStatementResponse statements) {
			return statements.consumedCapacity();
		}
		if (response instanceof ExecuteTransactionResponse transaction) {
			return transaction.consumedCapacity();
		}
		return List.of();
	}

	/**
	 * Return the total capacity units a response reports for one table.
	 * @param response the response
	 * @param table the table name
	 * @return the units, or {@code null} when the response reports none for the table
	 */
	public static @Nullable Double consumedUnits(SdkResponse response, String table) {
		double total = 0;
		boolean reported = false;
		for (ConsumedCapacity capacity : consumedCapacity(response)) {
			if (table.equals(capacity.tableName()) && capacity.capacityUnits() != null) {
				total += capacity.capacityUnits();
				reported = true;
			}
		}
		return reported ? total : null;
	}

	/**
	 * Return how many items an operation returned (reads) or wrote (writes).
	 * @param request the request
	 * @param response the response
	 * @return the number of items, or {@code -1} when the operation handles no items
	 */
	public static int items(SdkRequest request, SdkResponse response) {
		if (response instanceof GetItemResponse get) {
			return get.hasItem() ? 1 : 0;
		}
		if (response instanceof PutItemResponse || response instanceof UpdateItemResponse
				|| response instanceof DeleteItemResponse) {
			return 1;
		}
		if (response instanceof QueryResponse query) {
			return (query.count() != null) ? query.count() : 0;
		}
		if (response instanceof ScanResponse scan) {
			return (scan.count() != null) ? scan.count() : 0;
		}
		if (response instanceof BatchGetItemResponse batchGet) {
			int items = 0;
			for (List<?> rows : batchGet.responses().values()) {
				items += rows.size();
			}
			return items;
		}
		if (response instanceof BatchWriteItemResponse batchWrite && request instanceof BatchWriteItemRequest sent) {
			return count(sent.requestItems()) - count(batchWrite.unprocessedItems());
		}
		if (response instanceof TransactGetItemsResponse transactGet) {
			return transactGet.responses().size();
		}
		if (request instanceof TransactWriteItemsRequest transactWrite) {
			return transactWrite.transactItems().size();
		}
		if (response instanceof ExecuteStatementResponse statement) {
			return statement.items().size();
		}
		return -1;
	}

	private static int count(Map<String, List<WriteRequest>> requests) {
		int items = 0;
		for (List<WriteRequest> writes : requests.values()) {
			items += writes.size();
		}
		return items;
	}

	private static String tableOf(TransactWriteItem item) {
		if (item.put() != null) {
			return item.put().tableName();
		}
		if (item.update() != null) {
			return item.update().tableName();
		}
		if (item.delete() != null) {
			return item.delete().tableName();
		}
		return (item.conditionCheck() != null) ? item.conditionCheck().tableName() : NO_TABLE;
	}

	private static List<ConsumedCapacity> listOf(@Nullable ConsumedCapacity capacity) {
		return (capacity != null) ? List.of(capacity) : List.of();
	}

}
