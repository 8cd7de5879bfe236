/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Item sizes as DynamoDB counts them, without allocating per attribute.
 *
 * @author dynamo-spring-boot authors
 */
class ItemSizesTests {

	@Test
	void whenStringsHoldMultiByteCharactersThenTheirUtf8LengthCounts() {
		String text = "héllo 😀 日本";
		assertThat(ItemSizes.sizeOf(Map.of("a", AttributeValue.fromS(text))))
			.isEqualTo(1 + text.getBytes(StandardCharsets.UTF_8).length);
	}

	@Test
	void whenNumbersHaveSignsPointsExponentsAndZerosThenOnlySignificantDigitsCount() {
		assertThat(ItemSizes.sizeOf(AttributeValue.fromN("-0012.3400"))).isEqualTo(1 + 3);
		assertThat(ItemSizes.sizeOf(AttributeValue.fromN("1E+3"))).isEqualTo(1 + 1);
		assertThat(ItemSizes.sizeOf(AttributeValue.fromN("0"))).isEqualTo(1);
		assertThat(ItemSizes.sizeOf(AttributeValue.fromN("12345"))).isEqualTo(1 + 3);
	}

	@Test
	void whenValuesAreNestedOrSetsThenEveryElementCounts() {
		AttributeValue list = AttributeValue.fromL(List.of(AttributeValue.fromS("ab"), AttributeValue.fromBool(true)));
		assertThat(ItemSizes.sizeOf(list)).isEqualTo(3 + (1 + 2) + (1 + 1));
		AttributeValue map = AttributeValue.fromM(Map.of("k", AttributeValue.fromB(SdkBytes.fromUtf8String("xyz"))));
		assertThat(ItemSizes.sizeOf(map)).isEqualTo(3 + 1 + 1 + 3);
		assertThat(ItemSizes.sizeOf(AttributeValue.fromSs(List.of("a", "bc")))).isEqualTo(3);
	}

	@Test
	void whenAnItemIsCheckedThenItsSizeIsReturned() {
		Map<String, AttributeValue> item = Map.of("id", AttributeValue.fromS("x"));
		assertThat(ItemSizes.check("Thing", item)).isEqualTo(3);
	}

	@Test
	void whenTheBoundIsReadOffLengthsThenItIsNeverBelowTheExactSize() {
		Map<String, AttributeValue> item = Map.of("näme", AttributeValue.fromS("héllo 😀 日本"), "n",
				AttributeValue.fromN("-0012.3400"), "l",
				AttributeValue.fromL(List.of(AttributeValue.fromS("ab"), AttributeValue.fromBool(true))), "m",
				AttributeValue.fromM(Map.of("k€", AttributeValue.fromSs(List.of("ü", "bc")))), "b",
				AttributeValue.fromB(SdkBytes.fromUtf8String("xyz")));
		assertThat(ItemSizes.upperBound(item)).isGreaterThanOrEqualTo(ItemSizes.sizeOf(item));
		Map<String, AttributeValue> ascii = Map.of("id", AttributeValue.fromS("x"));
		assertThat(ItemSizes.upperBound(ascii)).isEqualTo(9);
	}

	@Test
	void whenAnItemIsEstimatedThenEachCharacterCountsOneByte() {
		Map<String, AttributeValue> ascii = Map.of("id", AttributeValue.fromS("order-1"), "n",
				AttributeValue.fromN("12345"), "l", AttributeValue.fromL(List.of(AttributeValue.fromS("ab"))), "m",
				AttributeValue.fromM(Map.of("k", AttributeValue.fromSs(List.of("x", "yz")))));
		assertThat(ItemSizes.estimate(ascii)).isEqualTo(ItemSizes.sizeOf(ascii));
		Map<String, AttributeValue> accented = Map.of("näme", AttributeValue.fromS("héllo 日本"));
		assertThat(ItemSizes.estimate(accented)).isEqualTo(4 + 8).isLessThan(ItemSizes.sizeOf(accented));
	}

	@Test
	void whenTheBoundExceedsTheLimitButTheItemDoesNotThenTheItemPasses() {
		// 140,000 ASCII chars: bound 420,000 bytes, exact size 140,004
		Map<String, AttributeValue> item = Map.of("text", AttributeValue.fromS("a".repeat(140_000)));
		assertThat(ItemSizes.upperBound(item)).isGreaterThan(ItemSizes.MAX_ITEM_SIZE);
		ItemSizes.requireWithinLimit("Thing", item);
		Map<String, AttributeValue> large = Map.of("text", AttributeValue.fromS("ü".repeat(210_000)));
		assertThatExceptionOfType(ItemSizeExceededException.class)
			.isThrownBy(() -> ItemSizes.requireWithinLimit("Thing", large))
			.withMessageContaining("Item of Thing is 420004 bytes");
	}

}
