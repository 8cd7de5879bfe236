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
import java.util.UUID;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.EngineContext;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.operation.Operation;
import io.dynamo.embedded.operation.Request;
import io.dynamo.embedded.storage.IndexDefinition;
import io.dynamo.embedded.storage.KeyAttribute;
import io.dynamo.embedded.storage.KeySchema;
import io.dynamo.embedded.storage.StreamSettings;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;
import io.dynamo.embedded.storage.Throughput;
import io.dynamo.embedded.storage.TimeToLive;

/**
 * CreateTable: the key schema and attribute definitions checked against each other both
 * ways, indexes (20 global, 5 local sharing the table's partition key), projections,
 * billing and throughput, streams and tags. Tables are ACTIVE at once.
 */
public final class CreateTable implements Operation {

	private static final String INVALID = "One or more parameter values were invalid: ";

	private final EngineContext context;

	public CreateTable(EngineContext context) {
		this.context = context;
	}

	@Override
	public Map<String, Object> execute(Request request) {
		String name = request.string("TableName");
		Constraints.requiredTableName("TableName", name);
		List<Map<String, Object>> attributes = Members.structures(request.body().get("AttributeDefinitions"));
		List<Map<String, Object>> keySchema = Members.structures(request.body().get("KeySchema"));
		List<Map<String, Object>> locals = Members.structures(request.body().get("LocalSecondaryIndexes"));
		List<Map<String, Object>> globals = Members.structures(request.body().get("GlobalSecondaryIndexes"));
		String billingMode = request.string("BillingMode");
		Map<String, Object> throughput = request.object("ProvisionedThroughput");

		Constraints constraints = new Constraints();
		constraints.notNull("attributeDefinitions", attributes);
		if (attributes != null) {
			for (int i = 0; i < attributes.size(); i++) {
				Map<String, Object> attribute = attributes.get(i);
				String path = "attributeDefinitions." + (i + 1) + ".member";
				if (attribute == null) {
					continue;
				}
				constraints.notNull(path + ".attributeName", Members.string(attribute, "AttributeName"));
				String type = Members.string(attribute, "AttributeType");
				constraints.notNull(path + ".attributeType", type).oneOf(path + ".attributeType", type, "B", "N", "S");
			}
		}
		constraints.name("tableName", name);
		constraints.oneOf("billingMode", billingMode, "PROVISIONED", "PAY_PER_REQUEST");
		IndexSpecs.throughput(constraints, "provisionedThroughput", throughput);
		IndexSpecs.keySchema(constraints, "keySchema", keySchema, true);
		if (locals != null) {
			for (int i = 0; i < locals.size(); i++) {
				if (locals.get(i) != null) {
					IndexSpecs.index(constraints, "localSecondaryIndexes." + (i + 1) + ".member", locals.get(i), false);
				}
			}
		}
		if (globals != null) {
			for (int i = 0; i < globals.size(); i++) {
				if (globals.get(i) != null) {
					IndexSpecs.index(constraints, "globalSecondaryIndexes." + (i + 1) + ".member", globals.get(i),
							true);
				}
			}
		}
		List<Map<String, Object>> tags = Members.structures(request.body().get("Tags"));
		Tagging.check(constraints, "tags", tags);
		constraints.check();

		boolean onDemand = "PAY_PER_REQUEST".equals(billingMode);
		Throughput tableThroughput = throughput(onDemand, throughput);
		Map<String, String> definitions = new LinkedHashMap<>();
		for (Map<String, Object> attribute : attributes) {
			definitions.put(Members.string(attribute, "AttributeName"), Members.string(attribute, "AttributeType"));
		}
		KeySchema key = keySchema(keySchema, attributes, definitions);
		if (locals == null && globals == null && keySchema.size() != attributes.size()) {
			throw DynamoException.validation(INVALID
					+ "Number of attributes in KeySchema does not exactly match number of attributes defined in AttributeDefinitions");
		}
		String arn = "arn:aws:dynamodb:" + this.context.region() + ":000000000000:table/" + name;
		Set<String> indexNames = new HashSet<>();
		Set<String> used = new HashSet<>(keyNames(keySchema));
		List<IndexDefinition> localIndexes = new ArrayList<>();
		if (locals != null) {
			if (locals.isEmpty()) {
				throw DynamoException.validation(INVALID + "List of LocalSecondaryIndexes is empty");
			}
			if (!key.hasRange()) {
				throw DynamoException.validation(INVALID
						+ "Table KeySchema does not have a range key, which is required when specifying a LocalSecondaryIndex");
			}
			for (Map<String, Object> local : locals) {
				IndexDefinition index = index(local, false, definitions, arn, null);
				if (!index.keySchema().hash().name().equals(key.hash().name())) {
					throw DynamoException.validation(INVALID
							+ "Index KeySchema does not have the same leading hash key as table KeySchema for index: "
							+ index.name() + ". index hash key: " + index.keySchema().hash().name()
							+ ", table hash key: " + key.hash().name());
				}
				if (!indexNames.add(index.name())) {
					throw DynamoException.validation(INVALID + "Duplicate index name: " + index.name());
				}
				used.addAll(keyNames(Members.structures(local.get("KeySchema"))));
				localIndexes.add(index);
			}
			if (localIndexes.size() > 5) {
				throw DynamoException
					.validation(INVALID + "Number of LocalSecondaryIndexes exceeds per-table limit of 5");
			}
		}
		List<IndexDefinition> globalIndexes = new ArrayList<>();
		if (globals != null) {
			if (globals.isEmpty()) {
				throw DynamoException.validation(INVALID + "List of GlobalSecondaryIndexes is empty");
			}
			for (Map<String, Object> global : globals) {
				IndexDefinition index = index(global, true, definitions, arn, null);
				Map<String, Object> indexThroughput = Members.structure(global, "ProvisionedThroughput");
				if (onDemand && indexThroughput != null) {
					throw DynamoException
						.validation(INVALID + "ProvisionedThroughput should not be specified for index: " + index.name()
								+ " when BillingMode is PAY_PER_REQUEST");
				}
				if (!onDemand && indexThroughput == null) {
					throw DynamoException
						.validation(INVALID + "ProvisionedThroughput must be specified for index: " + index.name());
				}
				index = index.withThroughput(onDemand ? Throughput.ON_DEMAND
						: new Throughput(Members.number(indexThroughput, "ReadCapacityUnits"),
								Members.number(indexThroughput, "WriteCapacityUnits"), null, null, 0));
				if (!indexNames.add(index.name())) {
					throw DynamoException.validation(INVALID + "Duplicate index name: " + index.name());
				}
				used.addAll(keyNames(Members.structures(global.get("KeySchema"))));
				globalIndexes.add(index);
			}
			if (globalIndexes.size() > 20) {
				throw DynamoException
					.validation(INVALID + "GlobalSecondaryIndex count exceeds the per-table limit of 20");
			}
		}
		if (!used.containsAll(definitions.keySet())) {
			throw DynamoException.validation(INVALID + "Some AttributeDefinitions are not used. AttributeDefinitions: "
					+ bracket(definitions.keySet()) + ", keys used: " + bracket(used));
		}
		Instant now = this.context.clock().instant();
		StreamSettings stream = Streams.settings(request.object("StreamSpecification"), StreamSettings.NONE, arn, now);
		TableDefinition definition = new TableDefinition(name, arn, UUID.randomUUID().toString(), now, "ACTIVE", key,
				definitions, globalIndexes, localIndexes, onDemand ? "PAY_PER_REQUEST" : "PROVISIONED", tableThroughput,
				null, stream, TimeToLive.DISABLED, Tagging.tags(tags, new LinkedHashMap<>()));
		Table table;
		try {
			table = this.context.catalog().create(definition);
		}
		catch (DynamoException ex) {
			throw DynamoException.resourceInUse("Table already exists: " + name);
		}
		// DynamoDB answers CREATING; the engine's tables are usable at once
		TableDefinition shown = definition.withStatus("CREATING");
		List<IndexDefinition> creating = new ArrayList<>();
		for (IndexDefinition index : globalIndexes) {
			creating.add(index.withStatus("CREATING"));
		}
		shown = shown.withGlobalIndexes(creating, definitions);
		Map<String, Object> response = new LinkedHashMap<>();
		response.put("TableDescription", TableDescriptions.describe(table, shown));
		return response;
	}

	private static Throughput throughput(boolean onDemand, Map<String, Object> throughput) {
		if (onDemand) {
			if (throughput != null) {
				throw DynamoException.validation(INVALID
						+ "Neither ReadCapacityUnits nor WriteCapacityUnits can be specified when BillingMode is PAY_PER_REQUEST");
			}
			return Throughput.ON_DEMAND;
		}
		Long read = (throughput != null) ? Members.number(throughput, "ReadCapacityUnits") : null;
		Long write = (throughput != null) ? Members.number(throughput, "WriteCapacityUnits") : null;
		if (read == null || write == null || read == 0 || write == 0) {
			throw DynamoException.validation(INVALID
					+ "ReadCapacityUnits and WriteCapacityUnits must both be specified when BillingMode is PROVISIONED");
		}
		if (read > 1_000_000_000_000L) {
			throw DynamoException.validation("Given value " + read + " for ReadCapacityUnits is out of bounds");
		}
		if (write > 1_000_000_000_000L) {
			throw DynamoException.validation("Given value " + write + " for WriteCapacityUnits is out of bounds");
		}
		return new Throughput(read, write, null, null, 0);
	}

	private static KeySchema keySchema(List<Map<String, Object>> schema, List<Map<String, Object>> attributes,
			Map<String, String> definitions) {
		List<String> keys = keyNames(schema);
		if (keys.size() > attributes.size()) {
			throw DynamoException.validation("Invalid KeySchema: Some index key attribute have no definition");
		}
		return checkedSchema(schema, definitions);
	}

	static KeySchema checkedSchema(List<Map<String, Object>> schema, Map<String, String> definitions) {
		List<String> keys = keyNames(schema);
		if (!definitions.keySet().containsAll(keys)) {
			throw DynamoException
				.validation(INVALID + "Some index key attributes are not defined in AttributeDefinitions. Keys: "
						+ bracket(keys) + ", AttributeDefinitions: " + bracket(definitions.keySet()));
		}
		if (keys.size() == 2 && keys.get(0).equals(keys.get(1))) {
			throw DynamoException
				.validation("Both the Hash Key and the Range Key element in the KeySchema have the same name");
		}
		if (!"HASH".equals(Members.string(schema.get(0), "KeyType"))) {
			throw DynamoException.validation("Invalid KeySchema: The first KeySchemaElement is not a HASH key type");
		}
		if (schema.size() == 2 && !"RANGE".equals(Members.string(schema.get(1), "KeyType"))) {
			throw DynamoException.validation("Invalid KeySchema: The second KeySchemaElement is not a RANGE key type");
		}
		KeyAttribute hash = new KeyAttribute(keys.get(0), definitions.get(keys.get(0)));
		KeyAttribute range = (keys.size() == 2) ? new KeyAttribute(keys.get(1), definitions.get(keys.get(1))) : null;
		return new KeySchema(hash, range);
	}

	/** An index declaration checked against the attribute definitions. */
	static IndexDefinition index(Map<String, Object> index, boolean global, Map<String, String> definitions,
			String tableArn, Throughput throughput) {
		String name = Members.string(index, "IndexName");
		List<Map<String, Object>> schema = Members.structures(index.get("KeySchema"));
		KeySchema key = checkedSchema(schema, definitions);
		if (!global && !key.hasRange()) {
			throw DynamoException.validation(INVALID + "Index KeySchema does not have a range key for index: " + name);
		}
		Map<String, Object> projection = Members.structure(index, "Projection");
		String type = Members.string(projection, "ProjectionType");
		if (type == null) {
			throw DynamoException.validation(INVALID + "Unknown ProjectionType: null");
		}
		List<String> nonKey = Members.strings(projection.get("NonKeyAttributes"));
		if (nonKey != null && !"INCLUDE".equals(type)) {
			throw DynamoException
				.validation(INVALID + "ProjectionType is " + type + ", but NonKeyAttributes is specified");
		}
		if ("INCLUDE".equals(type) && nonKey == null) {
			throw DynamoException
				.validation(INVALID + "NonKeyAttributes must be specified when ProjectionType is INCLUDE");
		}
		if (nonKey != null && new HashSet<>(nonKey).size() != nonKey.size()) {
			throw DynamoException.validation(INVALID + "Duplicate projected attribute in NonKeyAttributes");
		}
		return new IndexDefinition(name, global, key, type, (nonKey != null) ? nonKey : List.of(), throughput, "ACTIVE",
				tableArn + "/index/" + name);
	}

	static List<String> keyNames(List<Map<String, Object>> schema) {
		List<String> names = new ArrayList<>();
		for (Map<String, Object> element : schema) {
			names.add(Members.string(element, "AttributeName"));
		}
		return names;
	}

	static String bracket(java.util.Collection<String> names) {
		return "[" + String.join(", ", names) + "]";
	}

}
