/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeAction;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.AttributeValueUpdate;
import software.amazon.awssdk.services.dynamodb.model.ExpectedAttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ReturnItemCollectionMetrics;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.dynamo.embedded.operation.TableOperationsTests.attribute;
import static io.dynamo.embedded.operation.TableOperationsTests.key;
import static io.dynamo.embedded.operation.TableOperationsTests.rangeTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ItemOperationsTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void createTable() {
		this.client.createTable(rangeTable("items")
			.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
					attribute("gsiKey", ScalarAttributeType.S), attribute("lsiKey", ScalarAttributeType.S))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
				.indexName("byGsiKey")
				.keySchema(key("gsiKey", KeyType.HASH))
				.projection((p) -> p.projectionType(ProjectionType.ALL))
				.build())
			.localSecondaryIndexes(LocalSecondaryIndex.builder()
				.indexName("byLsiKey")
				.keySchema(key("pk", KeyType.HASH), key("lsiKey", KeyType.RANGE))
				.projection((p) -> p.projectionType(ProjectionType.KEYS_ONLY))
				.build())
			.build());
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

	static AttributeValue n(String value) {
		return AttributeValue.fromN(value);
	}

	private static Map<String, AttributeValue> itemKey(String pk, String sk) {
		return Map.of("pk", s(pk), "sk", n(sk));
	}

	@Test
	void putItemIsReadBackWithItsNumbersCanonical() {
		this.client.putItem((r) -> r.tableName("items")
			.item(Map.of("pk", s("a"), "sk", n("1.50"), "data", s("x"), "bytes",
					AttributeValue.fromB(SdkBytes.fromUtf8String("b")))));
		Map<String, AttributeValue> item = this.client.getItem((r) -> r.tableName("items").key(itemKey("a", "1.5")))
			.item();
		assertThat(item).containsEntry("data", s("x")).containsEntry("sk", n("1.5"));
	}

	@Test
	void missingItemHasNoItemAndCostsHalfAUnitEventuallyConsistent() {
		var response = this.client.getItem((r) -> r.tableName("items")
			.key(itemKey("none", "1"))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(response.hasItem()).isFalse();
		assertThat(response.consumedCapacity().capacityUnits()).isEqualTo(0.5);
		var consistent = this.client.getItem((r) -> r.tableName("items")
			.key(itemKey("none", "1"))
			.consistentRead(true)
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(consistent.consumedCapacity().capacityUnits()).isEqualTo(1.0);
	}

	@Test
	void projectionExpressionReturnsOnlyTheNamedPaths() {
		this.client.putItem((r) -> r.tableName("items")
			.item(Map.of("pk", s("a"), "sk", n("1"), "m", AttributeValue.fromM(Map.of("x", s("1"), "y", s("2"))),
					"other", s("o"))));
		Map<String, AttributeValue> item = this.client
			.getItem((r) -> r.tableName("items")
				.key(itemKey("a", "1"))
				.projectionExpression("m.x, #o")
				.expressionAttributeNames(Map.of("#o", "other")))
			.item();
		assertThat(item).containsOnlyKeys("m", "other");
		assertThat(item.get("m").m()).containsOnlyKeys("x");
		Map<String, AttributeValue> legacy = this.client
			.getItem((r) -> r.tableName("items").key(itemKey("a", "1")).attributesToGet("other", "missing"))
			.item();
		assertThat(legacy).containsOnlyKeys("other");
	}

	@Test
	void keyOfTheWrongShapeDoesNotMatchTheSchema() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.getItem((r) -> r.tableName("items").key(Map.of("pk", s("a")))))
			.withMessageStartingWith("The provided key element does not match the schema");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.getItem((r) -> r.tableName("items").key(Map.of("pk", s("a"), "sk", s("1")))))
			.withMessageStartingWith("The provided key element does not match the schema");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.getItem((r) -> r.tableName("items").key(Map.of("pk", s(""), "sk", n("1")))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: The AttributeValue for a key attribute cannot contain an empty string value. Key: pk");
	}

	@Test
	void itemsWithBadKeysAreRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("a")))))
			.withMessageStartingWith("One or more parameter values were invalid: Missing the key sk in the item");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("a"), "sk", s("1")))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Type mismatch for key sk expected: N actual: S");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.putItem((r) -> r.tableName("items").item(Map.of("pk", s("x".repeat(2049)), "sk", n("1")))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Size of hashkey has exceeded the maximum size limit of2048 bytes");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client
				.putItem((r) -> r.tableName("items").item(Map.of("pk", s("a"), "sk", n("1"), "gsiKey", n("1")))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Type mismatch for Index Key gsiKey Expected: S Actual: N IndexName: byGsiKey");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.putItem((r) -> r.tableName("items")
				.item(Map.of("pk", s("a"), "sk", n("1"), "big", s("x".repeat(410_000))))))
			.withMessageStartingWith("Item size has exceeded the maximum allowed size");
	}

	@Test
	void unknownTableIsNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> this.client.getItem((r) -> r.tableName("nosuch").key(itemKey("a", "1"))))
			.withMessageStartingWith("Requested resource not found");
	}

	@Test
	void conditionalPutFailsOnAnExistingItemAndReturnsItWhenAsked() {
		Map<String, AttributeValue> item = Map.of("pk", s("a"), "sk", n("1"), "v", n("1"));
		this.client.putItem((r) -> r.tableName("items").item(item).conditionExpression("attribute_not_exists(pk)"));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.putItem((r) -> r.tableName("items")
				.item(item)
				.conditionExpression("attribute_not_exists(pk)")
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD)))
			.satisfies((ex) -> assertThat(ex.item()).isEqualTo(item))
			.withMessageStartingWith("The conditional request failed");
	}

	@Test
	void putReturnsTheOldItemAndRefusesOtherReturnValues() {
		this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("a"), "sk", n("1"), "v", n("1"))));
		var response = this.client.putItem((r) -> r.tableName("items")
			.item(Map.of("pk", s("a"), "sk", n("1"), "v", n("2")))
			.returnValues(ReturnValue.ALL_OLD));
		assertThat(response.attributes()).containsEntry("v", n("1"));
		assertThatExceptionOfType(DynamoDbException.class).isThrownBy(() -> this.client.putItem(
				(r) -> r.tableName("items").item(Map.of("pk", s("a"), "sk", n("1"))).returnValues(ReturnValue.ALL_NEW)))
			.withMessageStartingWith("ReturnValues can only be ALL_OLD or NONE");
	}

	@Test
	void updateCreatesAnItemAndReturnsUpdatedValues() {
		var created = this.client.updateItem((r) -> r.tableName("items")
			.key(itemKey("u", "1"))
			.updateExpression("SET n = :one, m = :m")
			.expressionAttributeValues(Map.of(":one", n("1"), ":m", AttributeValue.fromM(Map.of("x", s("y")))))
			.returnValues(ReturnValue.ALL_NEW));
		assertThat(created.attributes()).containsEntry("pk", s("u")).containsEntry("n", n("1"));
		var updated = this.client.updateItem((r) -> r.tableName("items")
			.key(itemKey("u", "1"))
			.updateExpression("SET n = n + :one, m.x = :z")
			.expressionAttributeValues(Map.of(":one", n("1"), ":z", s("z")))
			.returnValues(ReturnValue.UPDATED_OLD));
		assertThat(updated.attributes()).containsOnlyKeys("n", "m");
		assertThat(updated.attributes().get("n")).isEqualTo(n("1"));
		assertThat(updated.attributes().get("m").m()).containsExactly(Map.entry("x", s("y")));
		var updatedNew = this.client.updateItem((r) -> r.tableName("items")
			.key(itemKey("u", "1"))
			.updateExpression("REMOVE m")
			.returnValues(ReturnValue.ALL_NEW));
		assertThat(updatedNew.attributes()).containsOnlyKeys("pk", "sk", "n");
	}

	@Test
	void updateOfAKeyAttributeIsRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.updateItem((r) -> r.tableName("items")
				.key(itemKey("u", "1"))
				.updateExpression("SET sk = :v")
				.expressionAttributeValues(Map.of(":v", n("2")))))
			.withMessageStartingWith(
					"One or more parameter values were invalid: Cannot update attribute sk. This attribute is part of the key");
	}

	@Test
	void deleteHonoursItsConditionAndReturnsTheOldItem() {
		this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("d"), "sk", n("1"), "v", n("5"))));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.deleteItem((r) -> r.tableName("items")
				.key(itemKey("d", "1"))
				.conditionExpression("v = :six")
				.expressionAttributeValues(Map.of(":six", n("6")))));
		var deleted = this.client
			.deleteItem((r) -> r.tableName("items").key(itemKey("d", "1")).returnValues(ReturnValue.ALL_OLD));
		assertThat(deleted.attributes()).containsEntry("v", n("5"));
		assertThat(this.client.getItem((r) -> r.tableName("items").key(itemKey("d", "1"))).hasItem()).isFalse();
	}

	@Test
	void unusedExpressionValuesAreRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.putItem((r) -> r.tableName("items")
				.item(itemKey("a", "1"))
				.conditionExpression("attribute_not_exists(pk)")
				.expressionAttributeValues(Map.of(":unused", n("1")))))
			.withMessageStartingWith(
					"Value provided in ExpressionAttributeValues unused in expressions: keys: {:unused}");
	}

	@Test
	void writesReportTableAndIndexUnits() {
		var put = this.client.putItem((r) -> r.tableName("items")
			.item(Map.of("pk", s("c"), "sk", n("1"), "gsiKey", s("g"), "lsiKey", s("l"), "pad", s("x".repeat(1500))))
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES)
			.returnItemCollectionMetrics(ReturnItemCollectionMetrics.SIZE));
		ConsumedCapacity capacity = put.consumedCapacity();
		assertThat(capacity.table().capacityUnits()).isEqualTo(2.0);
		assertThat(capacity.globalSecondaryIndexes().get("byGsiKey").capacityUnits()).isEqualTo(2.0);
		assertThat(capacity.localSecondaryIndexes().get("byLsiKey").capacityUnits()).isEqualTo(1.0);
		assertThat(capacity.capacityUnits()).isEqualTo(5.0);
		assertThat(put.itemCollectionMetrics().itemCollectionKey()).containsEntry("pk", s("c"));
		assertThat(put.itemCollectionMetrics().sizeEstimateRangeGB()).containsExactly(0.0, 1.0);
		var delete = this.client.deleteItem((r) -> r.tableName("items")
			.key(itemKey("nothing", "1"))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(delete.consumedCapacity().capacityUnits()).isEqualTo(1.0);
	}

	@Test
	void describeCountsItemsOfTheTableAndItsSparseIndexes() {
		this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("a"), "sk", n("1"), "gsiKey", s("g"))));
		this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("a"), "sk", n("2"))));
		var table = this.client.describeTable((r) -> r.tableName("items")).table();
		assertThat(table.itemCount()).isEqualTo(2);
		assertThat(table.tableSizeBytes()).isPositive();
		assertThat(table.globalSecondaryIndexes().get(0).itemCount()).isEqualTo(1);
		assertThat(table.localSecondaryIndexes().get(0).itemCount()).isZero();
	}

	@Test
	void legacyExpectedAndAttributeUpdatesAreSupported() {
		this.client.putItem((r) -> r.tableName("items").item(Map.of("pk", s("l"), "sk", n("1"), "v", n("1"))));
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> this.client.updateItem((r) -> r.tableName("items")
				.key(itemKey("l", "1"))
				.expected(Map.of("v", ExpectedAttributeValue.builder().value(n("2")).build()))
				.attributeUpdates(Map.of("v",
						AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("1")).build()))));
		var updated = this.client.updateItem((r) -> r.tableName("items")
			.key(itemKey("l", "1"))
			.expected(Map.of("v", ExpectedAttributeValue.builder().value(n("1")).build()))
			.attributeUpdates(
					Map.of("v", AttributeValueUpdate.builder().action(AttributeAction.ADD).value(n("1")).build()))
			.returnValues(ReturnValue.UPDATED_NEW));
		assertThat(updated.attributes()).containsExactly(Map.entry("v", n("2")));
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.updateItem((r) -> r.tableName("items")
				.key(itemKey("l", "1"))
				.conditionExpression("attribute_exists(v)")
				.expected(Map.of("v", ExpectedAttributeValue.builder().value(n("1")).build()))))
			.withMessageStartingWith("Can not use both expression and non-expression parameters in the same request");
	}

}
