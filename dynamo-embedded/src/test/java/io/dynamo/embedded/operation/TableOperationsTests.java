/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.List;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughput;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import software.amazon.awssdk.services.dynamodb.model.Tag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class TableOperationsTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	static CreateTableRequest.Builder rangeTable(String name) {
		return CreateTableRequest.builder()
			.tableName(name)
			.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N))
			.keySchema(key("pk", KeyType.HASH), key("sk", KeyType.RANGE))
			.billingMode(BillingMode.PAY_PER_REQUEST);
	}

	static AttributeDefinition attribute(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

	static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	@Test
	void createdTableIsDescribedActiveWithItsArnAndIndexes() {
		TableDescription created = this.client
			.createTable(rangeTable("orders")
				.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
						attribute("status", ScalarAttributeType.S), attribute("total", ScalarAttributeType.N))
				.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
					.indexName("byStatus")
					.keySchema(key("status", KeyType.HASH))
					.projection((p) -> p.projectionType(ProjectionType.KEYS_ONLY))
					.build())
				.localSecondaryIndexes(LocalSecondaryIndex.builder()
					.indexName("byTotal")
					.keySchema(key("pk", KeyType.HASH), key("total", KeyType.RANGE))
					.projection((p) -> p.projectionType(ProjectionType.INCLUDE).nonKeyAttributes("note"))
					.build())
				.streamSpecification((s) -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES))
				.build())
			.tableDescription();
		assertThat(created.tableStatus()).isEqualTo(TableStatus.CREATING);
		TableDescription table = this.client.describeTable((r) -> r.tableName("orders")).table();
		assertThat(table.tableStatus()).isEqualTo(TableStatus.ACTIVE);
		assertThat(table.tableArn()).isEqualTo("arn:aws:dynamodb:us-east-1:000000000000:table/orders");
		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(table.itemCount()).isZero();
		assertThat(table.globalSecondaryIndexes()).singleElement()
			.satisfies((index) -> assertThat(index.indexStatusAsString()).isEqualTo("ACTIVE"));
		assertThat(table.localSecondaryIndexes()).singleElement()
			.satisfies((index) -> assertThat(index.projection().nonKeyAttributes()).containsExactly("note"));
		assertThat(table.latestStreamArn()).startsWith(table.tableArn() + "/stream/");
		assertThat(table.streamSpecification().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
	}

	@Test
	void existingTableIsInUse() {
		this.client.createTable(rangeTable("table1").build());
		assertThatExceptionOfType(ResourceInUseException.class)
			.isThrownBy(() -> this.client.createTable(rangeTable("table1").build()));
	}

	@Test
	void keySchemaMustBeDefinedInAttributeDefinitions() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.createTable(rangeTable("table2")
				.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("x", ScalarAttributeType.S))
				.keySchema(key("pk", KeyType.HASH), key("other", KeyType.RANGE))
				.build()))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Some index key attributes are not defined in AttributeDefinitions. Keys: [pk, other], AttributeDefinitions: [pk, x]");
	}

	@Test
	void unusedAttributeDefinitionsAreRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(
					() -> this.client
						.createTable(rangeTable("table3")
							.attributeDefinitions(attribute("pk", ScalarAttributeType.S),
									attribute("sk", ScalarAttributeType.N), attribute("x", ScalarAttributeType.S))
							.build()))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Number of attributes in KeySchema does not exactly match");
	}

	@Test
	void provisionedTableNeedsThroughput() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(
					() -> this.client.createTable(rangeTable("table4").billingMode(BillingMode.PROVISIONED).build()))
			.withMessageStartingWith(
					"One or more parameter values were invalid: ReadCapacityUnits and WriteCapacityUnits must both be specified");
	}

	@Test
	void invalidTableNameIsAConstraintViolation() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.createTable(rangeTable("bad name!").build()))
			.withMessageStartingWith(
					"1 validation error detected: Value 'bad name!' at 'tableName' failed to satisfy constraint: Member must satisfy regular expression pattern: [a-zA-Z0-9_.-]+");
	}

	@Test
	void listTablesPagesByName() {
		for (String name : List.of("ccc", "aaa", "bbb", "ddd")) {
			this.client.createTable(rangeTable(name).build());
		}
		var first = this.client.listTables((r) -> r.limit(3));
		assertThat(first.tableNames()).containsExactly("aaa", "bbb", "ccc");
		assertThat(first.lastEvaluatedTableName()).isEqualTo("ccc");
		var second = this.client.listTables((r) -> r.exclusiveStartTableName("ccc").limit(3));
		assertThat(second.tableNames()).containsExactly("ddd");
		assertThat(second.lastEvaluatedTableName()).isNull();
	}

	@Test
	void deletedTableIsGone() {
		this.client.createTable(rangeTable("gone").build());
		TableDescription deleted = this.client.deleteTable((r) -> r.tableName("gone")).tableDescription();
		assertThat(deleted.tableStatus()).isEqualTo(TableStatus.DELETING);
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.describeTable((r) -> r.tableName("gone")))
			.withMessageStartingWith("Requested resource not found: Table: gone not found");
	}

	@Test
	void throughputAndBillingModeAreUpdated() {
		this.client.createTable(rangeTable("prov").billingMode(BillingMode.PROVISIONED)
			.provisionedThroughput(ProvisionedThroughput.builder().readCapacityUnits(5L).writeCapacityUnits(5L).build())
			.build());
		this.client.updateTable((r) -> r.tableName("prov")
			.provisionedThroughput((t) -> t.readCapacityUnits(10L).writeCapacityUnits(5L)));
		assertThat(this.client.describeTable((r) -> r.tableName("prov"))
			.table()
			.provisionedThroughput()
			.readCapacityUnits()).isEqualTo(10L);
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.updateTable((r) -> r.tableName("prov")
				.provisionedThroughput((t) -> t.readCapacityUnits(10L).writeCapacityUnits(5L))))
			.withMessageStartingWith("The provisioned throughput for the table will not change.");
		this.client.updateTable((r) -> r.tableName("prov").billingMode(BillingMode.PAY_PER_REQUEST));
		TableDescription table = this.client.describeTable((r) -> r.tableName("prov")).table();
		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		assertThat(table.provisionedThroughput().readCapacityUnits()).isZero();
	}

	@Test
	void tagsAreAddedListedAndRemoved() {
		String arn = this.client
			.createTable(rangeTable("tagged").tags(Tag.builder().key("a").value("1").build()).build())
			.tableDescription()
			.tableArn();
		this.client.tagResource((r) -> r.resourceArn(arn).tags(Tag.builder().key("b").value("2").build()));
		assertThat(this.client.listTagsOfResource((r) -> r.resourceArn(arn)).tags()).extracting(Tag::key)
			.containsExactly("a", "b");
		this.client.untagResource((r) -> r.resourceArn(arn).tagKeys("a"));
		assertThat(this.client.listTagsOfResource((r) -> r.resourceArn(arn)).tags()).extracting(Tag::key)
			.containsExactly("b");
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.listTagsOfResource((r) -> r.resourceArn(arn + "x")));
	}

	@Test
	void timeToLiveIsStoredAndDescribed() {
		this.client.createTable(rangeTable("ttl").build());
		assertThat(this.client.describeTimeToLive((r) -> r.tableName("ttl"))
			.timeToLiveDescription()
			.timeToLiveStatusAsString()).isEqualTo("DISABLED");
		this.client.updateTimeToLive(
				(r) -> r.tableName("ttl").timeToLiveSpecification((s) -> s.attributeName("expires").enabled(true)));
		var description = this.client.describeTimeToLive((r) -> r.tableName("ttl")).timeToLiveDescription();
		assertThat(description.timeToLiveStatusAsString()).isEqualTo("ENABLED");
		assertThat(description.attributeName()).isEqualTo("expires");
		assertThat(this.engine.handler()).isNotNull();
	}

	@Test
	void limitsAndEndpointsAreDescribed() {
		assertThat(this.client.describeLimits().tableMaxReadCapacityUnits()).isEqualTo(40000L);
		assertThat(this.client.describeEndpoints().endpoints()).singleElement()
			.satisfies((e) -> assertThat(e.address()).isEqualTo("dynamodb.us-east-1.amazonaws.com"));
	}

	@Test
	void globalIndexAddedLaterIsFilledFromExistingItemsAndCanBeRemoved() {
		this.client.createTable(rangeTable("backfill").build());
		for (int i = 0; i < 5; i++) {
			String sk = Integer.toString(i);
			java.util.Map<String, software.amazon.awssdk.services.dynamodb.model.AttributeValue> item = new java.util.HashMap<>();
			item.put("pk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("p"));
			item.put("sk", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromN(sk));
			if (i % 2 == 0) {
				item.put("color", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("red"));
			}
			this.client.putItem((r) -> r.tableName("backfill").item(item));
		}
		TableDescription updating = this.client.updateTable((r) -> r.tableName("backfill")
			.attributeDefinitions(attribute("color", ScalarAttributeType.S))
			.globalSecondaryIndexUpdates((u) -> u.create((c) -> c.indexName("byColor")
				.keySchema(key("color", KeyType.HASH))
				.projection((p) -> p.projectionType(ProjectionType.ALL)))))
			.tableDescription();
		assertThat(updating.globalSecondaryIndexes()).singleElement()
			.satisfies((index) -> assertThat(index.indexStatusAsString()).isEqualTo("CREATING"));
		var query = this.client.query((r) -> r.tableName("backfill")
			.indexName("byColor")
			.keyConditionExpression("color = :red")
			.expressionAttributeValues(java.util.Map.of(":red",
					software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("red"))));
		assertThat(query.count()).isEqualTo(3);
		assertThat(this.client.describeTable((r) -> r.tableName("backfill"))
			.table()
			.globalSecondaryIndexes()
			.get(0)
			.itemCount()).isEqualTo(3);
		this.client.updateTable((r) -> r.tableName("backfill")
			.globalSecondaryIndexUpdates((u) -> u.delete((d) -> d.indexName("byColor"))));
		assertThat(this.client.describeTable((r) -> r.tableName("backfill")).table().hasGlobalSecondaryIndexes())
			.isFalse();
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((r) -> r.tableName("backfill")
				.indexName("byColor")
				.keyConditionExpression("color = :red")
				.expressionAttributeValues(java.util.Map.of(":red",
						software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("red")))))
			.withMessageStartingWith("The table does not have the specified index: byColor");
	}

}
