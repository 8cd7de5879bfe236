/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.time.Duration;
import java.util.Collection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.IndexDefinition;

/**
 * Table administration from entity metadata: create (with secondary indexes, their
 * projections, the billing mode and TTL), exists, wait until active, describe, delete and
 * validate against the entity.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoTableAdmin {

	private static final Duration WAIT = Duration.ofMinutes(5);

	private final DynamoDbClient client;

	private final DynamoMappingContext mappingContext;

	private final TableSettings settings;

	private final DynamoExceptionTranslator translator = new DynamoExceptionTranslator();

	/**
	 * Create an admin.
	 * @param client the client
	 * @param mappingContext the entity metadata
	 * @param settings how tables are created
	 */
	public DynamoTableAdmin(DynamoDbClient client, DynamoMappingContext mappingContext, TableSettings settings) {
		this.client = client;
		this.mappingContext = mappingContext;
		this.settings = settings;
	}

	/**
	 * Create the entity's table with its indexes, wait until it is active and enable TTL
	 * on its {@link io.dynamo.spring.mapping.TimeToLive} attribute.
	 * @param type the entity class
	 */
	public void createTable(Class<?> type) {
		create(TableDefinition.of(List.of(this.mappingContext.getEntity(type))));
	}

	/**
	 * Create the missing tables of the given entities. Entities that share a table
	 * (single- table design) create it once, with the union of their indexes; their keys
	 * must agree.
	 * @param types the entity classes
	 * @return the names of the tables created
	 */
	public List<String> createMissingTables(Collection<Class<?>> types) {
		List<String> created = new ArrayList<>();
		for (TableDefinition table : definitions(types)) {
			if (describe(table.tableName()).isEmpty()) {
				create(table);
				created.add(table.tableName());
			}
		}
		return created;
	}

	/**
	 * Compare the tables of the given entities with the entities; entities that share a
	 * table are compared together.
	 * @param types the entity classes
	 * @return the differences, empty when every table matches
	 */
	public List<String> validate(Collection<Class<?>> types) {
		List<String> differences = new ArrayList<>();
		definitions(types).forEach((table) -> differences.addAll(validate(table)));
		return differences;
	}

	/**
	 * Delete the given tables and wait until they are gone; missing tables are skipped.
	 * @param tableNames the physical table names
	 */
	public void deleteTables(Collection<String> tableNames) {
		tableNames.forEach(this::deleteTable);
	}

	private List<TableDefinition> definitions(Collection<Class<?>> types) {
		Map<String, List<EntityMetadata<?>>> byTable = new LinkedHashMap<>();
		for (Class<?> type : types) {
			EntityMetadata<?> entity = this.mappingContext.getEntity(type);
			byTable.computeIfAbsent(entity.tableName(), (name) -> new ArrayList<>()).add(entity);
		}
		return byTable.values().stream().map(TableDefinition::of).toList();
	}

	private void create(TableDefinition table) {
		CreateTableRequest request = createTableRequest(table);
		call("CreateTable", table.tableName(), () -> this.client.createTable(request));
		waitUntilActive(table.tableName());
		String ttl = table.ttlAttribute();
		if (ttl != null) {
			call("UpdateTimeToLive", table.tableName(),
					() -> this.client.updateTimeToLive((update) -> update.tableName(table.tableName())
						.timeToLiveSpecification((spec) -> spec.attributeName(ttl).enabled(true))));
		}
	}

	/**
	 * Build the request that creates the entity's table.
	 * @param entity the entity metadata
	 * @return the request
	 */
	public CreateTableRequest createTableRequest(EntityMetadata<?> entity) {
		return createTableRequest(TableDefinition.of(List.of(entity)));
	}

	private CreateTableRequest createTableRequest(TableDefinition entity) {
		boolean provisioned = this.settings.billingMode() == BillingMode.PROVISIONED;
		ProvisionedThroughput throughput = provisioned ? ProvisionedThroughput.builder()
			.readCapacityUnits(this.settings.readCapacity())
			.writeCapacityUnits(this.settings.writeCapacity())
			.build() : null;
		List<AttributeDefinition> definitions = new ArrayList<>();
		entity.keyAttributeTypes()
			.forEach((name, type) -> definitions
				.add(AttributeDefinition.builder().attributeName(name).attributeType(type).build()));
		List<GlobalSecondaryIndex> globals = new ArrayList<>();
		List<LocalSecondaryIndex> locals = new ArrayList<>();
		for (IndexDefinition index : entity.indexes()) {
			software.amazon.awssdk.services.dynamodb.model.Projection projection = projection(index);
			if (index.local()) {
				locals.add(LocalSecondaryIndex.builder()
					.indexName(index.name())
					.keySchema(keySchema(index.partitionKey(), index.sortKey()))
					.projection(projection)
					.build());
			}
			else {
				globals.add(GlobalSecondaryIndex.builder()
					.indexName(index.name())
					.keySchema(keySchema(index.partitionKey(), index.sortKey()))
					.projection(projection)
					.provisionedThroughput(throughput)
					.build());
			}
		}
		return CreateTableRequest.builder()
			.tableName(entity.tableName())
			.attributeDefinitions(definitions)
			.keySchema(keySchema(entity.partitionKey(), entity.sortKey()))
			.billingMode(this.settings.billingMode())
			.provisionedThroughput(throughput)
			.globalSecondaryIndexes(globals.isEmpty() ? null : globals)
			.localSecondaryIndexes(locals.isEmpty() ? null : locals)
			.build();
	}

	/**
	 * Whether the entity's table exists.
	 * @param type the entity class
	 * @return {@code true} if it exists
	 */
	public boolean exists(Class<?> type) {
		return describe(type).isPresent();
	}

	/**
	 * Describe the entity's table.
	 * @param type the entity class
	 * @return the description, or empty when the table does not exist
	 */
	public Optional<TableDescription> describe(Class<?> type) {
		return describe(this.mappingContext.getEntity(type).tableName());
	}

	private Optional<TableDescription> describe(String table) {
		try {
			return Optional.of(this.client.describeTable((request) -> request.tableName(table)).table());
		}
		catch (ResourceNotFoundException ex) {
			return Optional.empty();
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "DescribeTable", table);
		}
	}

	/**
	 * Wait until the entity's table exists and is active (at most five minutes).
	 * @param type the entity class
	 */
	public void waitUntilActive(Class<?> type) {
		waitUntilActive(this.mappingContext.getEntity(type).tableName());
	}

	private void waitUntilActive(String table) {
		call("DescribeTable", table, () -> this.client.waiter()
			.waitUntilTableExists((request) -> request.tableName(table), (wait) -> wait.waitTimeout(WAIT)));
	}

	/**
	 * Delete the entity's table and wait until it is gone. Does nothing if it does not
	 * exist.
	 * @param type the entity class
	 */
	public void deleteTable(Class<?> type) {
		deleteTable(this.mappingContext.getEntity(type).tableName());
	}

	private void deleteTable(String table) {
		try {
			this.client.deleteTable((request) -> request.tableName(table));
			this.client.waiter()
				.waitUntilTableNotExists((request) -> request.tableName(table), (wait) -> wait.waitTimeout(WAIT));
		}
		catch (ResourceNotFoundException ex) {
			// already gone
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, "DeleteTable", table);
		}
	}

	/**
	 * Compare the entity's table with the entity.
	 * @param type the entity class
	 * @return the differences, empty when the table matches
	 */
	public List<String> validate(Class<?> type) {
		return validate(TableDefinition.of(List.of(this.mappingContext.getEntity(type))));
	}

	private List<String> validate(TableDefinition entity) {
		Optional<TableDescription> description = describe(entity.tableName());
		if (description.isEmpty()) {
			return List.of("Table '" + entity.tableName() + "' of " + entity.entities() + " does not exist");
		}
		TableDescription table = description.get();
		List<String> differences = new ArrayList<>();
		Map<String, ScalarAttributeType> types = new LinkedHashMap<>();
		table.attributeDefinitions()
			.forEach((definition) -> types.put(definition.attributeName(), definition.attributeType()));
		String prefix = "Table '" + entity.tableName() + "' of " + entity.entities() + ": ";
		compareKeys(prefix + "primary key", table.keySchema(), entity.partitionKey(), entity.sortKey(), types, entity,
				differences);
		Map<String, List<KeySchemaElement>> tableIndexes = new LinkedHashMap<>();
		Map<String, ProjectionType> tableProjections = new LinkedHashMap<>();
		for (GlobalSecondaryIndexDescription index : table.globalSecondaryIndexes()) {
			tableIndexes.put(index.indexName(), index.keySchema());
			tableProjections.put(index.indexName(), index.projection().projectionType());
		}
		for (LocalSecondaryIndexDescription index : table.localSecondaryIndexes()) {
			tableIndexes.put(index.indexName(), index.keySchema());
			tableProjections.put(index.indexName(), index.projection().projectionType());
		}
		for (IndexDefinition index : entity.indexes()) {
			List<KeySchemaElement> keys = tableIndexes.remove(index.name());
			if (keys == null) {
				differences.add(prefix + "index '" + index.name() + "' is missing");
				continue;
			}
			compareKeys(prefix + "index '" + index.name() + "'", keys, index.partitionKey(), index.sortKey(), types,
					entity, differences);
			ProjectionType projection = tableProjections.get(index.name());
			if (projection != index.projectionType()) {
				differences.add(prefix + "index '" + index.name() + "' projects " + projection
						+ " but the entity expects " + index.projectionType());
			}
		}
		tableIndexes.keySet()
			.forEach((name) -> differences
				.add(prefix + "index '" + name + "' exists in the table but not in the entity"));
		return differences;
	}

	private static void compareKeys(String what, List<KeySchemaElement> keys, String partitionKey,
			@Nullable String sortKey, Map<String, ScalarAttributeType> types, TableDefinition entity,
			List<String> differences) {
		String tableHash = keyName(keys, KeyType.HASH);
		String tableRange = keyName(keys, KeyType.RANGE);
		if (!partitionKey.equals(tableHash)) {
			differences.add(what + " has partition key '" + tableHash + "' but the entity uses '" + partitionKey + "'");
		}
		else if (types.get(tableHash) != entity.keyAttributeTypes().get(partitionKey)) {
			differences.add(what + " partition key '" + partitionKey + "' is of type " + types.get(tableHash)
					+ " but the entity's is " + entity.keyAttributeTypes().get(partitionKey));
		}
		if (!Objects.equals(sortKey, tableRange)) {
			differences.add(what + " has sort key " + ((tableRange != null) ? "'" + tableRange + "'" : "none")
					+ " but the entity uses " + ((sortKey != null) ? "'" + sortKey + "'" : "none"));
		}
		else if (sortKey != null && types.get(tableRange) != entity.keyAttributeTypes().get(sortKey)) {
			differences.add(what + " sort key '" + sortKey + "' is of type " + types.get(tableRange)
					+ " but the entity's is " + entity.keyAttributeTypes().get(sortKey));
		}
	}

	private static @Nullable String keyName(List<KeySchemaElement> keys, KeyType type) {
		return keys.stream()
			.filter((key) -> key.keyType() == type)
			.map(KeySchemaElement::attributeName)
			.findFirst()
			.orElse(null);
	}

	private static List<KeySchemaElement> keySchema(String partitionKey, @Nullable String sortKey) {
		List<KeySchemaElement> keys = new ArrayList<>(2);
		keys.add(KeySchemaElement.builder().attributeName(partitionKey).keyType(KeyType.HASH).build());
		if (sortKey != null) {
			keys.add(KeySchemaElement.builder().attributeName(sortKey).keyType(KeyType.RANGE).build());
		}
		return keys;
	}

	private static software.amazon.awssdk.services.dynamodb.model.Projection projection(IndexDefinition index) {
		software.amazon.awssdk.services.dynamodb.model.Projection.Builder projection = software.amazon.awssdk.services.dynamodb.model.Projection
			.builder()
			.projectionType(index.projectionType());
		if (index.projectionType() == ProjectionType.INCLUDE) {
			projection.nonKeyAttributes(index.nonKeyAttributes());
		}
		return projection.build();
	}

	private void call(String operation, String table, Supplier<?> call) {
		try {
			call.get();
		}
		catch (SdkException ex) {
			throw this.translator.translate(ex, operation, table);
		}
	}

}
