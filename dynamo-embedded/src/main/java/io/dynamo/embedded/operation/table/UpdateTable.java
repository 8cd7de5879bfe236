/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.operation.Tables;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.StreamSettings;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;
import io.dynamo.embedded.storage.Throughput;

/**
 * UpdateTable: throughput, billing mode, streams, and global indexes created (filled from
 * the items already there before the answer) or deleted. Changes are complete when it
 * answers; the answer shows the statuses DynamoDB shows while they run.
 */
public final class UpdateTable implements Operation {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private final EngineContext context;

	public UpdateTable(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Constraints.requiredTableName("TableName", name);
		String billingMode = request.string("BillingMode");
		Map<String, Object> throughput = request.object("ProvisionedThroughput");
		List<Map<String, Object>> updates = Members.structures(request.body().get("GlobalSecondaryIndexUpdates"));
		List<Map<String, Object>> attributes = Members.structures(request.body().get("AttributeDefinitions"));
		Map<String, Object> stream = request.object("StreamSpecification");
		Constraints constraints = new Constraints();
		constraints.name("tableName", name);
		constraints.oneOf("billingMode", billingMode, "PROVISIONED", "PAY_PER_REQUEST");
		IndexSpecs.throughput(constraints, "provisionedThroughput", throughput);
		if (updates != null) {
			for (int i = 0; i < updates.size(); i++) {
				Map<String, Object> update = updates.get(i);
				String path = "globalSecondaryIndexUpdates." + (i + 1) + ".member";
				if (update == null) {
					continue;
				}
				Map<String, Object> create = Members.structure(update, "Create");
				if (create != null) {
					IndexSpecs.index(constraints, path + ".create", create, true);
				}
				Map<String, Object> change = Members.structure(update, "Update");
				if (change != null) {
					constraints.notNull(path + ".update.indexName", Members.string(change, "IndexName"));
					Map<String, Object> indexThroughput = Members.structure(change, "ProvisionedThroughput");
					constraints.notNull(path + ".update.provisionedThroughput", indexThroughput);
					IndexSpecs.throughput(constraints, path + ".update.provisionedThroughput", indexThroughput);
				}
				Map<String, Object> delete = Members.structure(update, "Delete");
				if (delete != null) {
					constraints.notNull(path + ".delete.indexName", Members.string(delete, "IndexName"));
				}
			}
		}
		constraints.check();
		if (throughput == null && billingMode == null && stream == null && (updates == null || updates.isEmpty())) {
			throw DynamoException.validation(
					"At least one of ProvisionedThroughput, BillingMode, UpdateStreamEnabled, GlobalSecondaryIndexUpdates or SSESpecification or ReplicaUpdates is required");
		}
		if ("PROVISIONED".equals(billingMode) && throughput == null) {
			throw DynamoException
				.validation(INVALID + "ProvisionedThroughput must be specified when BillingMode is PROVISIONED");
		}
		checkBounds(throughput);
		if (updates != null) {
			Set<String> names = new HashSet<>();
			for (Map<String, Object> update : updates) {
				String indexName = indexName(update);
				if (!names.add(indexName)) {
					throw DynamoException.validation(INVALID
							+ "Only one global secondary index update per index is allowed simultaneously. Index: "
							+ indexName);
				}
			}
		}
		Table table = Tables.named(this.context.catalog(), name);
		synchronized (table) {
			return update(table, billingMode, throughput, updates, attributes, stream);
		}
	}

	private Map<String, Object> update(Table table, String billingMode, Map<String, Object> throughput,
			List<Map<String, Object>> updates, List<Map<String, Object>> attributes, Map<String, Object> stream) {
		TableDefinition current = table.definition();
		Instant now = this.context.clock().instant();
		boolean onDemand = (billingMode != null) ? "PAY_PER_REQUEST".equals(billingMode) : current.onDemand();
		if (throughput != null && onDemand) {
			throw DynamoException.validation(INVALID
					+ "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
		}
		TableDefinition next = current;
		String tableStatus = "ACTIVE";
		List<String> statusUpdating = new ArrayList<>();
		if (throughput != null) {
			long read = Members.number(throughput, "ReadCapacityUnits");
			long write = Members.number(throughput, "WriteCapacityUnits");
			Throughput old = current.throughput();
			if (!current.onDemand() && read == old.read() && write == old.write()) {
				throw DynamoException.validation(
						"The provisioned throughput for the table will not change. The requested value equals the current value. Current ReadCapacityUnits provisioned for the table: "
								+ old.read() + ". Requested ReadCapacityUnits: " + read
								+ ". Current WriteCapacityUnits provisioned for the table: " + old.write()
								+ ". Requested WriteCapacityUnits: " + write
								+ ". Refer to the Amazon DynamoDB Developer Guide for current limits and how to request higher limits.");
			}
			next = next.withBilling("PROVISIONED", old.change(read, write, now), current.lastPayPerRequest());
			tableStatus = "UPDATING";
		}
		if (onDemand && !current.onDemand()) {
			next = next.withBilling("PAY_PER_REQUEST", Throughput.ON_DEMAND, now);
			List<IndexDefinition> indexes = new ArrayList<>();
			for (IndexDefinition index : next.globalIndexes()) {
				indexes.add(index.withThroughput(Throughput.ON_DEMAND));
			}
			next = next.withGlobalIndexes(indexes, next.attributeDefinitions());
			tableStatus = "UPDATING";
		}
		Map<String, String> definitions = new LinkedHashMap<>(next.attributeDefinitions());
		if (attributes != null) {
			for (Map<String, Object> attribute : attributes) {
				definitions.put(Members.string(attribute, "AttributeName"), Members.string(attribute, "AttributeType"));
			}
		}
		List<IndexDefinition> globals = new ArrayList<>(next.globalIndexes());
		List<IndexDefinition> created = new ArrayList<>();
		List<String> deleted = new ArrayList<>();
		if (updates != null) {
			if (updates.size() > 5) {
				throw DynamoException.limitExceeded(
						"Subscriber limit exceeded: Only 1 online index can be created or deleted simultaneously per table");
			}
			for (Map<String, Object> update : updates) {
				Map<String, Object> create = Members.structure(update, "Create");
				Map<String, Object> change = Members.structure(update, "Update");
				Map<String, Object> delete = Members.structure(update, "Delete");
				if (create != null) {
					IndexDefinition index = create(create, next, definitions, onDemand);
					globals.add(index);
					created.add(index);
				}
				else if (change != null) {
					String indexName = Members.string(change, "IndexName");
					int at = position(globals, indexName);
					if (onDemand) {
						throw DynamoException
							.validation(INVALID + "ProvisionedThroughput should not be specified for index: "
									+ indexName + " when BillingMode is PAY_PER_REQUEST");
					}
					Map<String, Object> indexThroughput = Members.structure(change, "ProvisionedThroughput");
					IndexDefinition index = globals.get(at);
					globals.set(at,
							index.withThroughput(index.throughput()
								.change(Members.number(indexThroughput, "ReadCapacityUnits"),
										Members.number(indexThroughput, "WriteCapacityUnits"), now)));
					statusUpdating.add(indexName);
				}
				else if (delete != null) {
					String indexName = Members.string(delete, "IndexName");
					globals.remove(position(globals, indexName));
					deleted.add(indexName);
				}
				else {
					throw DynamoException.validation(INVALID
							+ "One of GlobalSecondaryIndexUpdate.Update, GlobalSecondaryIndexUpdate.Create, GlobalSecondaryIndexUpdate.Delete must not be null");
				}
			}
			if (globals.size() > 20) {
				throw DynamoException.limitExceeded(
						"Subscriber limit exceeded: GlobalSecondaryIndex count exceeds the per-table limit of 20");
			}
			next = next.withGlobalIndexes(globals, definitions);
		}
		next = next.withStream(updatedStream(current, stream, now));
		TableDefinition finalDefinition = next;
		table.redefine((definition) -> finalDefinition);
		for (IndexDefinition index : created) {
			this.context.catalog().addIndex(table, index);
		}
		for (String indexName : deleted) {
			this.context.catalog().removeIndex(table, indexName);
		}
		this.context.catalog().updated(table);

		TableDefinition shown = finalDefinition.withStatus(tableStatus);
		List<IndexDefinition> shownIndexes = new ArrayList<>();
		for (IndexDefinition index : shown.globalIndexes()) {
			shownIndexes.add(created.contains(index) ? index.withStatus("CREATING")
					: statusUpdating.contains(index.name()) ? index.withStatus("UPDATING") : index);
		}
		for (IndexDefinition index : current.globalIndexes()) {
			if (deleted.contains(index.name())) {
				shownIndexes.add(index.withStatus("DELETING"));
			}
		}
		shown = shown.withGlobalIndexes(shownIndexes, shown.attributeDefinitions());
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("TableDescription", TableDescriptions.describe(table, shown));
		return response;
	}

	private IndexDefinition create(Map<String, Object> create, TableDefinition table, Map<String, String> definitions,
			boolean onDemand) {
		String indexName = Members.string(create, "IndexName");
		if (table.index(indexName) != null) {
			throw DynamoException.validation(INVALID + "Index already exists: " + indexName);
		}
		IndexDefinition index = CreateTable.index(create, true, definitions, table.arn(), null);
		Map<String, Object> indexThroughput = Members.structure(create, "ProvisionedThroughput");
		if (onDemand && indexThroughput != null) {
			throw DynamoException.validation(INVALID + "ProvisionedThroughput should not be specified for index: "
					+ indexName + " when BillingMode is PAY_PER_REQUEST");
		}
		if (!onDemand && indexThroughput == null) {
			throw DynamoException
				.validation(INVALID + "ProvisionedThroughput must be specified for index: " + indexName);
		}
		for (String key : CreateTable.keyNames(Members.structures(create.get("KeySchema")))) {
			String declared = table.attributeDefinitions().get(key);
			if (declared != null && !declared.equals(definitions.get(key))) {
				throw DynamoException.validation(INVALID + "Cannot change the type of an existing attribute: " + key);
			}
		}
		return index.withThroughput(
				onDemand ? Throughput.ON_DEMAND : new Throughput(Members.number(indexThroughput, "ReadCapacityUnits"),
						Members.number(indexThroughput, "WriteCapacityUnits"), null, null, 0));
	}

	private static StreamSettings updatedStream(TableDefinition current, Map<String, Object> stream, Instant now) {
		if (stream == null) {
			return current.stream();
		}
		Boolean enabled = Members.bool(stream, "StreamEnabled");
		if (Boolean.TRUE.equals(enabled) && current.stream().enabled()) {
			throw DynamoException.validation("Table already has an enabled stream: TableName: " + current.name());
		}
		if (Boolean.FALSE.equals(enabled) && !current.stream().enabled()) {
			throw DynamoException.validation("Table already has no enabled stream: TableName: " + current.name());
		}
		return Streams.settings(stream, current.stream(), current.arn(), now);
	}

	private static int position(List<IndexDefinition> indexes, String name) {
		for (int i = 0; i < indexes.size(); i++) {
			if (indexes.get(i).name().equals(name)) {
				return i;
			}
		}
		throw DynamoException.resourceNotFound("Requested resource not found: Index: " + name + " not found");
	}

	private static String indexName(Map<String, Object> update) {
		for (String action : new String[] { "Update", "Create", "Delete" }) {
			Map<String, Object> member = Members.structure(update, action);
			if (member != null && Members.string(member, "IndexName") != null) {
				return Members.string(member, "IndexName");
			}
		}
		return null;
	}

	private static void checkBounds(Map<String, Object> throughput) {
		if (throughput == null) {
			return;
		}
		long read = Members.number(throughput, "ReadCapacityUnits");
		long write = Members.number(throughput, "WriteCapacityUnits");
		if (read > 1_000_000_000_000L) {
			throw DynamoException.validation("Given value " + read + " for ReadCapacityUnits is out of bounds");
		}
		if (write > 1_000_000_000_000L) {
			throw DynamoException.validation("Given value " + write + " for WriteCapacityUnits is out of bounds");
		}
	}

}
