/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ListTablesRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests of {@link CapacityEstimator}: DynamoDB's unit rules applied before sending.
 *
 * @author dynamo-spring-boot authors
 */
class CapacityEstimatorTests {

	@Test
	void whenAnItemFillsOneKilobyteThenAPutCostsOneWriteUnit() {
		assertThat(CapacityEstimator.estimate(put(1024))).containsExactly(Map.entry("t", 1.0));
	}

	@Test
	void whenAnItemIsOneByteOverAKilobyteThenAPutCostsTwoWriteUnits() {
		assertThat(CapacityEstimator.estimate(put(1025))).containsExactly(Map.entry("t", 2.0));
	}

	@Test
	void whenNamesAndMultiByteCharactersAreCountedThenEachCharacterCountsOneByte() {
		// DynamoDB counts 5 bytes for "é€": the limiter settles the difference afterwards
		assertThat(CapacityEstimator.itemBytes(Map.of("id", AttributeValue.fromS("é€"), "n",
				AttributeValue.fromN("12345"), "ok", AttributeValue.fromBool(true))))
			.isEqualTo(2 + 2 + 1 + 4 + 2 + 1);
	}

	@Test
	void whenAReadIsEventuallyConsistentThenItCostsHalfAUnit() {
		assertThat(CapacityEstimator.estimate(GetItemRequest.builder().tableName("t").build()))
			.containsExactly(Map.entry("t", 0.5));
		assertThat(CapacityEstimator.estimate(GetItemRequest.builder().tableName("t").consistentRead(true).build()))
			.containsExactly(Map.entry("t", 1.0));
	}

	@Test
	void whenAQueryAsksForAPageOfItemsThenThePageSizeIsEstimated() {
		assertThat(CapacityEstimator
			.estimate(QueryRequest.builder().tableName("t").limit(40).consistentRead(true).build()))
			.containsExactly(Map.entry("t", 10.0));
		assertThat(CapacityEstimator.estimate(QueryRequest.builder().tableName("t").build()))
			.containsExactly(Map.entry("t", 0.5));
	}

	@Test
	void whenABatchSpansTablesThenEachTableIsEstimatedApart() {
		BatchWriteItemRequest batch = BatchWriteItemRequest.builder()
			.requestItems(Map.of("a", List.of(
					WriteRequest.builder().putRequest(PutRequest.builder().item(item(3000)).build()).build(),
					WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(item(10)).build()).build()), "b",
					List.of(WriteRequest.builder().putRequest(PutRequest.builder().item(item(10)).build()).build())))
			.build();
		assertThat(CapacityEstimator.estimate(batch)).containsEntry("a", 4.0).containsEntry("b", 1.0);
	}

	@Test
	void whenWritesAreTransactionalThenTheyCostTwice() {
		TransactWriteItemsRequest transaction = TransactWriteItemsRequest.builder()
			.transactItems(TransactWriteItem.builder().put((p) -> p.tableName("t").item(item(100))).build(),
					TransactWriteItem.builder().delete((d) -> d.tableName("t").key(item(10))).build())
			.build();
		assertThat(CapacityEstimator.estimate(transaction)).containsExactly(Map.entry("t", 4.0));
	}

	@Test
	void whenARequestHandlesNoItemsThenNothingIsEstimated() {
		assertThat(CapacityEstimator.estimate(ListTablesRequest.builder().build())).isEmpty();
	}

	private static PutItemRequest put(int bytes) {
		return PutItemRequest.builder().tableName("t").item(item(bytes)).build();
	}

	static Map<String, AttributeValue> item(int bytes) {
		// "id" (2 bytes) + value
		return Map.of("id", AttributeValue.fromS("x".repeat(bytes - 2)));
	}

}
