/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.LinkedHashMap;
import java.util.Map;

import io.dynamo.embedded.operation.batch.BatchGetItem;
import io.dynamo.embedded.operation.batch.BatchWriteItem;
import io.dynamo.embedded.operation.item.DeleteItem;
import io.dynamo.embedded.operation.item.GetItem;
import io.dynamo.embedded.operation.item.PutItem;
import io.dynamo.embedded.operation.item.UpdateItem;
import io.dynamo.embedded.operation.read.Query;
import io.dynamo.embedded.operation.read.Scan;
import io.dynamo.embedded.operation.stream.DescribeStream;
import io.dynamo.embedded.operation.stream.GetRecords;
import io.dynamo.embedded.operation.stream.GetShardIterator;
import io.dynamo.embedded.operation.stream.ListStreams;
import io.dynamo.embedded.operation.table.CreateTable;
import io.dynamo.embedded.operation.table.DeleteTable;
import io.dynamo.embedded.operation.table.DescribeEndpoints;
import io.dynamo.embedded.operation.table.DescribeLimits;
import io.dynamo.embedded.operation.table.DescribeTable;
import io.dynamo.embedded.operation.table.DescribeTimeToLive;
import io.dynamo.embedded.operation.table.ListTables;
import io.dynamo.embedded.operation.table.ListTagsOfResource;
import io.dynamo.embedded.operation.table.TagResource;
import io.dynamo.embedded.operation.table.UntagResource;
import io.dynamo.embedded.operation.table.UpdateTable;
import io.dynamo.embedded.operation.table.UpdateTimeToLive;
import io.dynamo.embedded.operation.transaction.TransactGetItems;
import io.dynamo.embedded.operation.transaction.TransactWriteItems;
import io.dynamo.embedded.partiql.BatchExecuteStatement;
import io.dynamo.embedded.partiql.ExecuteStatement;
import io.dynamo.embedded.partiql.ExecuteTransaction;

/**
 * The registry of API actions by name. Every action runs through the context's
 * {@link OperationHook}, where capacity enforcement and fault injection plug in.
 */
public final class Operations {

	private Operations() {
	}

	/** The DynamoDB actions ({@code DynamoDB_20120810.*}). */
	public static Map<String, Operation> dynamoDb(EngineContext context) {
		Map<String, Operation> operations = new LinkedHashMap<>();
		operations.put("CreateTable", new CreateTable(context));
		operations.put("DescribeTable", new DescribeTable(context));
		operations.put("UpdateTable", new UpdateTable(context));
		operations.put("DeleteTable", new DeleteTable(context));
		operations.put("ListTables", new ListTables(context));
		operations.put("UpdateTimeToLive", new UpdateTimeToLive(context));
		operations.put("DescribeTimeToLive", new DescribeTimeToLive(context));
		operations.put("TagResource", new TagResource(context));
		operations.put("UntagResource", new UntagResource(context));
		operations.put("ListTagsOfResource", new ListTagsOfResource(context));
		operations.put("GetItem", new GetItem(context));
		operations.put("PutItem", new PutItem(context));
		operations.put("UpdateItem", new UpdateItem(context));
		operations.put("DeleteItem", new DeleteItem(context));
		operations.put("Query", new Query(context));
		operations.put("Scan", new Scan(context));
		operations.put("DescribeLimits", new DescribeLimits());
		operations.put("DescribeEndpoints", new DescribeEndpoints(context));
		operations.put("BatchGetItem", new BatchGetItem(context));
		operations.put("BatchWriteItem", new BatchWriteItem(context));
		operations.put("TransactWriteItems", new TransactWriteItems(context));
		operations.put("TransactGetItems", new TransactGetItems(context));
		operations.put("ExecuteStatement", new ExecuteStatement(context));
		operations.put("BatchExecuteStatement", new BatchExecuteStatement(context));
		operations.put("ExecuteTransaction", new ExecuteTransaction(context));
		return hooked(operations, context);
	}

	/** The DynamoDB Streams actions ({@code DynamoDBStreams_20120810.*}). */
	public static Map<String, Operation> streams(EngineContext context) {
		Map<String, Operation> operations = new LinkedHashMap<>();
		operations.put("ListStreams", new ListStreams(context));
		operations.put("DescribeStream", new DescribeStream(context));
		operations.put("GetShardIterator", new GetShardIterator(context));
		operations.put("GetRecords", new GetRecords(context));
		return hooked(operations, context);
	}

	private static Map<String, Operation> hooked(Map<String, Operation> operations, EngineContext context) {
		Map<String, Operation> hooked = new LinkedHashMap<>();
		operations
			.forEach((name, operation) -> hooked.put(name, (request) -> context.hook().around(request, operation)));
		return hooked;
	}

}
