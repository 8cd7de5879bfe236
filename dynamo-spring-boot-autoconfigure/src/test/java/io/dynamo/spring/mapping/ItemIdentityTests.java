/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link ItemIdentity}, by which a transaction refuses two actions on one item
 * and a batch a key written twice.
 *
 * @author dynamo-spring-boot authors
 */
class ItemIdentityTests {

	@Test
	void whenNumberKeysDifferOnlyInFormThenTheyAreOneItem() {
		ItemIdentity written = new ItemIdentity("orders",
				Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1.50")));
		ItemIdentity again = new ItemIdentity("orders",
				Map.of("pk", AttributeValue.fromS("a"), "sk", AttributeValue.fromN("1.5")));
		assertThat(again).isEqualTo(written).hasSameHashCodeAs(written);
	}

	@Test
	void whenStringKeysAreEqualInMapsOfDifferentKindsThenTheyAreOneItem() {
		Map<String, AttributeValue> ordered = new LinkedHashMap<>();
		ordered.put("pk", AttributeValue.fromS("a"));
		ordered.put("sk", AttributeValue.fromS("b"));
		ItemIdentity written = new ItemIdentity("orders", ordered);
		ItemIdentity again = new ItemIdentity("orders",
				Map.of("sk", AttributeValue.fromS("b"), "pk", AttributeValue.fromS("a")));
		assertThat(again).isEqualTo(written).hasSameHashCodeAs(written);
	}

	@Test
	void whenBinaryKeysHoldTheSameBytesThenTheyAreOneItem() {
		ItemIdentity written = new ItemIdentity("files",
				Map.of("pk", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2, 3 }))));
		ItemIdentity again = new ItemIdentity("files",
				Map.of("pk", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2, 3 }))));
		assertThat(again).isEqualTo(written).hasSameHashCodeAs(written);
		assertThat(new ItemIdentity("files",
				Map.of("pk", AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1, 2, 4 })))))
			.isNotEqualTo(written);
	}

	@Test
	void whenKeysOrTablesDifferThenTheyAreDifferentItems() {
		Map<String, AttributeValue> key = Map.of("pk", AttributeValue.fromS("a"));
		ItemIdentity written = new ItemIdentity("orders", key);
		assertThat(new ItemIdentity("orders", Map.of("pk", AttributeValue.fromS("b")))).isNotEqualTo(written);
		assertThat(new ItemIdentity("invoices", key)).isNotEqualTo(written);
		assertThat(new ItemIdentity("orders", Map.of("pk", AttributeValue.fromN("15"))))
			.isNotEqualTo(new ItemIdentity("orders", Map.of("pk", AttributeValue.fromN("1.5"))));
	}

}
