/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ComparisonOperator;
import software.amazon.awssdk.services.dynamodb.model.Condition;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.Select;

import static io.dynamo.embedded.operation.TableOperationsTests.attribute;
import static io.dynamo.embedded.operation.TableOperationsTests.key;
import static io.dynamo.embedded.operation.TableOperationsTests.rangeTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QueryScanTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void createTable() {
		this.client.createTable(rangeTable("events")
			.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.N),
					attribute("kind", ScalarAttributeType.S), attribute("label", ScalarAttributeType.S))
			.globalSecondaryIndexes(GlobalSecondaryIndex.builder()
				.indexName("byKind")
				.keySchema(key("kind", KeyType.HASH), key("sk", KeyType.RANGE))
				.projection((p) -> p.projectionType(ProjectionType.KEYS_ONLY))
				.build())
			.localSecondaryIndexes(LocalSecondaryIndex.builder()
				.indexName("byLabel")
				.keySchema(key("pk", KeyType.HASH), key("label", KeyType.RANGE))
				.projection((p) -> p.projectionType(ProjectionType.KEYS_ONLY))
				.build())
			.build());
		for (int i = 1; i <= 10; i++) {
			int n = i;
			Map<String, AttributeValue> item = new java.util.HashMap<>(
					Map.of("pk", s("p"), "sk", n(Integer.toString(n)), "label", s("l" + (char) ('a' + (10 - n))), "odd",
							AttributeValue.fromBool(n % 2 == 1)));
			if (n <= 4) {
				item.put("kind", s("k"));
			}
			this.client.putItem((r) -> r.tableName("events").item(item));
		}
		this.client.putItem((r) -> r.tableName("events").item(Map.of("pk", s("other"), "sk", n("1"), "kind", s("k"))));
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

	private static List<String> sortKeys(List<Map<String, AttributeValue>> items) {
		List<String> keys = new ArrayList<>();
		for (Map<String, AttributeValue> item : items) {
			keys.add(item.get("sk").n());
		}
		return keys;
	}

	@Test
	void queryReadsASortKeyRangeInOrderAndInReverse() {
		QueryResponse between = this.client.query((r) -> r.tableName("events")
			.keyConditionExpression("pk = :p AND sk BETWEEN :lo AND :hi")
			.expressionAttributeValues(Map.of(":p", s("p"), ":lo", n("3"), ":hi", n("6"))));
		assertThat(sortKeys(between.items())).containsExactly("3", "4", "5", "6");
		QueryResponse reverse = this.client.query((r) -> r.tableName("events")
			.keyConditionExpression("pk = :p AND sk > :lo")
			.expressionAttributeValues(Map.of(":p", s("p"), ":lo", n("7")))
			.scanIndexForward(false));
		assertThat(sortKeys(reverse.items())).containsExactly("10", "9", "8");
		QueryResponse legacy = this.client.query((r) -> r.tableName("events")
			.keyConditions(Map.of("pk",
					Condition.builder().comparisonOperator(ComparisonOperator.EQ).attributeValueList(s("p")).build(),
					"sk",
					Condition.builder().comparisonOperator(ComparisonOperator.LT).attributeValueList(n("3")).build())));
		assertThat(sortKeys(legacy.items())).containsExactly("1", "2");
	}

	@Test
	void beginsWithReadsItsRangeInBothDirections() {
		this.client.createTable(rangeTable("strings")
			.attributeDefinitions(attribute("pk", ScalarAttributeType.S), attribute("sk", ScalarAttributeType.S))
			.build());
		for (String sk : List.of("a", "ab", "abc", "abd", "ac", "b")) {
			this.client.putItem((r) -> r.tableName("strings").item(Map.of("pk", s("s"), "sk", s(sk))));
		}
		for (boolean forward : new boolean[] { true, false }) {
			QueryResponse response = this.client.query((r) -> r.tableName("strings")
				.keyConditionExpression("pk = :p AND begins_with(sk, :ab)")
				.expressionAttributeValues(Map.of(":p", s("s"), ":ab", s("ab")))
				.scanIndexForward(forward));
			assertThat(response.items()).extracting((item) -> item.get("sk").s())
				.containsExactlyElementsOf(forward ? List.of("ab", "abc", "abd") : List.of("abd", "abc", "ab"));
			assertThat(response.scannedCount()).isEqualTo(3);
		}
	}

	@Test
	void limitCountsItemsBeforeTheFilterAndPagesResume() {
		List<String> seen = new ArrayList<>();
		Map<String, AttributeValue> start = null;
		int pages = 0;
		do {
			Map<String, AttributeValue> exclusiveStart = start;
			QueryResponse page = this.client.query((r) -> r.tableName("events")
				.keyConditionExpression("pk = :p")
				.filterExpression("odd = :t")
				.expressionAttributeValues(Map.of(":p", s("p"), ":t", AttributeValue.fromBool(true)))
				.limit(4)
				.exclusiveStartKey(exclusiveStart));
			assertThat(page.scannedCount()).isLessThanOrEqualTo(4);
			seen.addAll(sortKeys(page.items()));
			start = page.hasLastEvaluatedKey() ? page.lastEvaluatedKey() : null;
			pages++;
		}
		while (start != null);
		assertThat(seen).containsExactly("1", "3", "5", "7", "9");
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void countSelectReturnsCountsOnly() {
		QueryResponse response = this.client.query((r) -> r.tableName("events")
			.keyConditionExpression("pk = :p")
			.filterExpression("odd = :f")
			.expressionAttributeValues(Map.of(":p", s("p"), ":f", AttributeValue.fromBool(false)))
			.select(Select.COUNT));
		assertThat(response.hasItems()).isFalse();
		assertThat(response.count()).isEqualTo(5);
		assertThat(response.scannedCount()).isEqualTo(10);
	}

	@Test
	void globalIndexIsSparseAndItsPagesCarryIndexKeys() {
		QueryResponse first = this.client.query((r) -> r.tableName("events")
			.indexName("byKind")
			.keyConditionExpression("kind = :k")
			.expressionAttributeValues(Map.of(":k", s("k")))
			.limit(2));
		assertThat(first.items()).hasSize(2);
		assertThat(first.items().get(0)).containsOnlyKeys("pk", "sk", "kind");
		assertThat(first.lastEvaluatedKey()).containsOnlyKeys("pk", "sk", "kind");
		QueryResponse rest = this.client.query((r) -> r.tableName("events")
			.indexName("byKind")
			.keyConditionExpression("kind = :k")
			.expressionAttributeValues(Map.of(":k", s("k")))
			.exclusiveStartKey(first.lastEvaluatedKey()));
		assertThat(first.count() + rest.count()).isEqualTo(5);
		ScanResponse scan = this.client.scan((r) -> r.tableName("events").indexName("byKind"));
		assertThat(scan.count()).isEqualTo(5);
	}

	@Test
	void consistentReadOfAGlobalIndexIsRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((r) -> r.tableName("events")
				.indexName("byKind")
				.consistentRead(true)
				.keyConditionExpression("kind = :k")
				.expressionAttributeValues(Map.of(":k", s("k")))))
			.withMessageStartingWith("Consistent reads are not supported on global secondary indexes");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((r) -> r.tableName("events")
				.indexName("byKind")
				.select(Select.ALL_ATTRIBUTES)
				.keyConditionExpression("kind = :k")
				.expressionAttributeValues(Map.of(":k", s("k")))))
			.withMessageContaining("Select type ALL_ATTRIBUTES is not supported for global secondary index byKind");
	}

	@Test
	void localIndexOrdersByItsSortKeyAndFetchesAllAttributes() {
		QueryResponse response = this.client.query((r) -> r.tableName("events")
			.indexName("byLabel")
			.keyConditionExpression("pk = :p")
			.expressionAttributeValues(Map.of(":p", s("p")))
			.select(Select.ALL_ATTRIBUTES)
			.consistentRead(true)
			.returnConsumedCapacity(ReturnConsumedCapacity.INDEXES));
		assertThat(sortKeys(response.items())).containsExactly("10", "9", "8", "7", "6", "5", "4", "3", "2", "1");
		assertThat(response.items().get(0)).containsKey("odd");
		assertThat(response.consumedCapacity().localSecondaryIndexes().get("byLabel").capacityUnits()).isEqualTo(1.0);
		assertThat(response.consumedCapacity().table().capacityUnits()).isEqualTo(1.0);
	}

	@Test
	void startKeyOutsideTheConditionIsRefused() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((r) -> r.tableName("events")
				.keyConditionExpression("pk = :p")
				.expressionAttributeValues(Map.of(":p", s("p")))
				.exclusiveStartKey(Map.of("pk", s("other"), "sk", n("1")))))
			.withMessageStartingWith(
					"The provided starting key is outside query boundaries based on provided conditions");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.scan((r) -> r.tableName("events").exclusiveStartKey(Map.of("pk", s("p")))))
			.withMessageStartingWith(
					"The provided starting key is invalid: The provided key element does not match the schema");
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.query((r) -> r.tableName("events")
				.keyConditionExpression("pk = :p")
				.filterExpression("sk > :one")
				.expressionAttributeValues(Map.of(":p", s("p"), ":one", n("1")))))
			.withMessageStartingWith(
					"Filter Expression can only contain non-primary key attributes: Primary key attribute: sk");
	}

	@Test
	void parallelScanSegmentsCoverEveryItemOnce() {
		for (int i = 0; i < 200; i++) {
			String pk = "item" + i;
			this.client.putItem((r) -> r.tableName("events").item(Map.of("pk", s(pk), "sk", n("0"))));
		}
		int total = this.client.scan((r) -> r.tableName("events")).count();
		for (int segments : new int[] { 2, 3, 7 }) {
			Set<String> seen = new HashSet<>();
			int count = 0;
			for (int segment = 0; segment < segments; segment++) {
				int current = segment;
				ScanResponse response = this.client
					.scan((r) -> r.tableName("events").segment(current).totalSegments(segments));
				for (Map<String, AttributeValue> item : response.items()) {
					seen.add(item.get("pk").s() + "/" + item.get("sk").n());
					count++;
				}
			}
			assertThat(count).isEqualTo(total);
			assertThat(seen).hasSize(total);
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.scan((r) -> r.tableName("events").segment(3).totalSegments(3)))
			.withMessageStartingWith(
					"The Segment parameter is zero-based and must be less than parameter TotalSegments");
	}

	@Test
	void pageStopsAtOneMegabyteCountedBeforeTheFilter() {
		String pad = "x".repeat(10_000);
		for (int i = 0; i < 150; i++) {
			String sk = Integer.toString(i);
			this.client.putItem((r) -> r.tableName("events").item(Map.of("pk", s("big"), "sk", n(sk), "pad", s(pad))));
		}
		QueryResponse response = this.client.query((r) -> r.tableName("events")
			.keyConditionExpression("pk = :p")
			.filterExpression("attribute_exists(nothing)")
			.expressionAttributeValues(Map.of(":p", s("big")))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(response.count()).isZero();
		assertThat(response.scannedCount()).isBetween(100, 110);
		assertThat(response.lastEvaluatedKey()).containsOnlyKeys("pk", "sk");
		// the units are of the bytes read, not of the items returned
		assertThat(response.consumedCapacity().capacityUnits()).isGreaterThan(100.0);
	}

	@Test
	void queryAndScanWorkOverHttpAndAsync() throws Exception {
		try (DynamoHttpServer server = this.engine.startHttpServer(0);
				DynamoDbClient http = EngineClients.http(server);
				DynamoDbAsyncClient async = EngineClients.inProcessAsync(this.engine)) {
			QueryResponse query = http.query((r) -> r.tableName("events")
				.keyConditionExpression("pk = :p")
				.expressionAttributeValues(Map.of(":p", s("p"))));
			assertThat(query.count()).isEqualTo(10);
			ScanResponse scan = async.scan((r) -> r.tableName("events")).get();
			assertThat(scan.count()).isEqualTo(11);
		}
	}

}
