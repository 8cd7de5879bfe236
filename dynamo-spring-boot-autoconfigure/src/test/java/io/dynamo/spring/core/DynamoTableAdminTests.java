/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.testentities.AccountEvent;
import io.dynamo.spring.testentities.AccountProfile;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Table administration from entity metadata against the embedded engine.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoTableAdminTests {

	private static EmbeddedDynamo local;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start();
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	@Test
	void whenATableIsCreatedFromAnEntityThenItHasTheKeysIndexesProjectionsAndBillingMode() {
		DynamoTableAdmin admin = local.admin();
		assertThat(admin.exists(Order.class)).isFalse();
		admin.createTable(Order.class);
		assertThat(admin.exists(Order.class)).isTrue();
		TableDescription table = admin.describe(Order.class).orElseThrow();
		assertThat(table.tableStatusAsString()).isEqualTo("ACTIVE");
		assertThat(table.keySchema()).containsExactly(key("customerId", KeyType.HASH), key("orderId", KeyType.RANGE));
		assertThat(table.billingModeSummary().billingMode()).isEqualTo(BillingMode.PAY_PER_REQUEST);
		GlobalSecondaryIndexDescription byStatus = table.globalSecondaryIndexes().get(0);
		assertThat(byStatus.indexName()).isEqualTo("byStatus");
		assertThat(byStatus.keySchema()).containsExactly(key("status", KeyType.HASH), key("orderId", KeyType.RANGE));
		assertThat(byStatus.projection().projectionType()).isEqualTo(ProjectionType.INCLUDE);
		assertThat(byStatus.projection().nonKeyAttributes()).containsExactly("total");
		LocalSecondaryIndexDescription byPlacedOn = table.localSecondaryIndexes().get(0);
		assertThat(byPlacedOn.indexName()).isEqualTo("byPlacedOn");
		assertThat(byPlacedOn.keySchema()).containsExactly(key("customerId", KeyType.HASH),
				key("placedOn", KeyType.RANGE));
		assertThat(byPlacedOn.projection().projectionType()).isEqualTo(ProjectionType.ALL);
		assertThat(admin.validate(Order.class)).isEmpty();
		admin.deleteTable(Order.class);
		assertThat(admin.exists(Order.class)).isFalse();
	}

	@Test
	void whenAnEntityHasATimeToLiveAttributeThenTtlIsEnabledOnIt() {
		local.admin().createTable(Customer.class);
		assertThat(
				local.client().describeTimeToLive((request) -> request.tableName("customers")).timeToLiveDescription())
			.satisfies((ttl) -> {
				assertThat(ttl.attributeName()).isEqualTo("expiresAt");
				assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
			});
		local.admin().deleteTable(Customer.class);
	}

	@Test
	void whenTablesAreProvisionedThenTheTableAndItsGlobalIndexesGetTheCapacity() {
		DynamoTableAdmin admin = new DynamoTableAdmin(local.client(),
				new DynamoMappingContext(new TableNameResolver("prov-", null)),
				new TableSettings(BillingMode.PROVISIONED, 7, 3));
		admin.createTable(Order.class);
		TableDescription table = admin.describe(Order.class).orElseThrow();
		assertThat(table.tableName()).isEqualTo("prov-order");
		assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(7);
		assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(3);
		assertThat(table.globalSecondaryIndexes().get(0).provisionedThroughput().readCapacityUnits()).isEqualTo(7);
		admin.deleteTable(Order.class);
	}

	@Test
	void whenATableDiffersFromItsEntityThenValidateNamesEveryDifference() {
		DynamoTableAdmin admin = new DynamoTableAdmin(local.client(),
				new DynamoMappingContext(new TableNameResolver("drift-", null)), TableSettings.ON_DEMAND);
		assertThat(admin.validate(Order.class)).containsExactly("Table 'drift-order' of Order does not exist");
		local.client()
			.createTable((table) -> table.tableName("drift-order")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(definition("customerId", ScalarAttributeType.N),
						definition("createdAt", ScalarAttributeType.S), definition("legacy", ScalarAttributeType.S))
				.keySchema(key("customerId", KeyType.HASH), key("createdAt", KeyType.RANGE))
				.globalSecondaryIndexes((index) -> index.indexName("byLegacy")
					.keySchema(key("legacy", KeyType.HASH))
					.projection((projection) -> projection.projectionType(ProjectionType.ALL))));
		assertThat(admin.validate(Order.class)).containsExactlyInAnyOrder(
				"Table 'drift-order' of Order: primary key partition key 'customerId' is of type N but the entity's is S",
				"Table 'drift-order' of Order: primary key has sort key 'createdAt' but the entity uses 'orderId'",
				"Table 'drift-order' of Order: index 'byStatus' is missing",
				"Table 'drift-order' of Order: index 'byPlacedOn' is missing",
				"Table 'drift-order' of Order: index 'byLegacy' exists in the table but not in the entity");
		local.client().deleteTable((table) -> table.tableName("drift-order"));
	}

	@Test
	void whenATableIsDescribedThenItsItemCountAndArnAreThere() {
		local.admin().createTable(Order.class);
		local.template().save(new Order("x", "1", "OPEN", java.math.BigDecimal.ONE));
		TableDescription table = local.admin().describe(Order.class).orElseThrow();
		assertThat(table.tableArn()).contains("order");
		assertThat(local.client().scan((scan) -> scan.tableName("order")).count()).isEqualTo(1);
		local.admin().deleteTable(Order.class);
		local.admin().deleteTable(Order.class);
		assertThat(local.admin().describe(Order.class)).isEmpty();
	}

	@Test
	void whenEntitiesShareATableThenItIsCreatedOnceWithTheUnionOfTheirIndexes() {
		DynamoTableAdmin admin = local.admin();
		assertThat(admin.createMissingTables(java.util.List.of(AccountEvent.class, AccountProfile.class)))
			.containsExactly("app");
		TableDescription table = admin.describe(AccountProfile.class).orElseThrow();
		assertThat(table.keySchema()).containsExactly(key("pk", KeyType.HASH), key("sk", KeyType.RANGE));
		assertThat(table.globalSecondaryIndexes()).extracting((index) -> index.indexName()).containsExactly("byEmail");
		assertThat(admin.validate(java.util.List.of(AccountEvent.class, AccountProfile.class))).isEmpty();
		assertThat(admin.createMissingTables(java.util.List.of(AccountEvent.class, AccountProfile.class))).isEmpty();
		admin.deleteTable(AccountEvent.class);
	}

	@Test
	void whenEntitiesOfOneTableDisagreeOnTheirKeysThenTheErrorNamesBoth() {
		org.assertj.core.api.Assertions
			.assertThatExceptionOfType(org.springframework.dao.InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> local.admin().createMissingTables(java.util.List.of(AccountEvent.class, OtherApp.class)))
			.withMessageContaining("AccountEvent and OtherApp share table 'app' but declare different primary keys");
	}

	/** An entity of table {@code app} with other keys. */
	@io.dynamo.spring.mapping.DynamoEntity(table = "app")
	record OtherApp(@software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey String id) {
	}

	private static KeySchemaElement key(String name, KeyType type) {
		return KeySchemaElement.builder().attributeName(name).keyType(type).build();
	}

	private static AttributeDefinition definition(String name, ScalarAttributeType type) {
		return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
	}

}
