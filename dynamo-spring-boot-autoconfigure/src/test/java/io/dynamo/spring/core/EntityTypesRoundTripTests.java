/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testentities.Customer.Address;
import io.dynamo.spring.testentities.Customer.Preferences;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testentities.Product;
import io.dynamo.spring.testsupport.AwsCli;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every supported type survives a write and a read through {@link DynamoTemplate} on the
 * embedded engine, for records, beans and immutables; the AWS CLI sees the DynamoDB types
 * the mapping promises.
 *
 * @author dynamo-spring-boot authors
 */
class EntityTypesRoundTripTests {

	private static EmbeddedDynamo local;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Customer.class, Order.class, Product.class);
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	@Test
	void whenARecordWithEveryTypeIsSavedThenItReadsBackEqual() {
		Customer customer = fullCustomer("c-1");
		local.template().save(customer);
		Customer read = local.template().findById(Customer.class, "c-1").orElseThrow();
		assertThat(read).usingRecursiveComparison().isEqualTo(customer);
	}

	@Test
	void whenARecordIsSavedThenTheStoredAttributesHaveTheDynamoDbTypes() {
		local.template().save(fullCustomer("c-raw"));
		Map<String, AttributeValue> item = local.client()
			.getItem((get) -> get.tableName("customers").key(Map.of("id", AttributeValue.fromS("c-raw"))))
			.item();
		assertThat(item.get("name").s()).isEqualTo("Ada");
		assertThat(item.get("age").n()).isEqualTo("36");
		assertThat(item.get("balance").n()).isEqualTo("1234.56");
		assertThat(item.get("bigNumber").n()).isEqualTo("123456789012345678901234567890");
		assertThat(item.get("active").bool()).isTrue();
		assertThat(item.get("avatar").b().asUtf8String()).isEqualTo("png");
		assertThat(item.get("nicknames").l()).extracting(AttributeValue::s).containsExactly("ada", "countess");
		assertThat(item.get("counters").m().get("logins").n()).isEqualTo("3");
		assertThat(item.get("labels").m().get("empty").nul()).isTrue();
		assertThat(item.get("tags").ss()).containsExactlyInAnyOrder("vip", "early");
		assertThat(item.get("luckyNumbers").ns()).containsExactlyInAnyOrder("7", "13");
		assertThat(item.get("keys").bs()).hasSize(2);
		assertThat(item.get("status").s()).isEqualTo("ACTIVE");
		assertThat(item.get("birthday").s()).isEqualTo("1815-12-10");
		assertThat(item.get("externalId").s()).isEqualTo("3f1b2a9c-8d4e-4f5a-9b6c-7d8e9f0a1b2c");
		assertThat(item.get("address").m().get("city").s()).isEqualTo("London");
		assertThat(item.get("previousAddresses").l().get(0).m().get("zip").n()).isEqualTo("12345");
		assertThat(item.get("preferences").s()).isEqualTo("{\"theme\":\"dark\",\"languages\":[\"en\",\"fr\"]}");
		assertThat(item.get("expiresAt").n()).isEqualTo("1893456000");
		assertThat(item.get("display_name").s()).isEqualTo("Lady Ada");
		assertThat(item).doesNotContainKey("nothing").doesNotContainKey("displayName");
	}

	@Test
	void whenSetsAreEmptyThenTheyAreLeftOutAndReadBackAsAbsent() {
		Customer customer = new Customer("c-empty", "Empty", 1, 1, 1, null, null, true, false, null, List.of(),
				Map.of(), Map.of(), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, List.of(), null,
				null, null, null);
		local.template().save(customer);
		Map<String, AttributeValue> item = local.client()
			.getItem((get) -> get.tableName("customers").key(Map.of("id", AttributeValue.fromS("c-empty"))))
			.item();
		assertThat(item).doesNotContainKeys("tags", "luckyNumbers", "keys");
		assertThat(item.get("nicknames").l()).isEmpty();
		Customer read = local.template().findById(Customer.class, "c-empty").orElseThrow();
		assertThat(read.tags()).isNull();
		assertThat(read.verified()).isFalse();
	}

	@Test
	void whenTheAwsCliReadsARecordThenItSeesTheRawTypes() {
		AwsCli.require();
		local.template().save(fullCustomer("c-cli"));
		String json = AwsCli.run(local.endpoint(), "dynamodb", "get-item", "--table-name", "customers", "--key",
				"{\"id\":{\"S\":\"c-cli\"}}");
		assertThat(json).contains("\"age\":{\"N\":\"36\"}")
			.contains("\"active\":{\"BOOL\":true}")
			.contains("\"avatar\":{\"B\":\"cG5n\"}")
			.contains("\"empty\":{\"NULL\":true}")
			.contains("\"tags\":{\"SS\":")
			.contains("\"luckyNumbers\":{\"NS\":")
			.contains("\"keys\":{\"BS\":")
			.contains("\"nicknames\":{\"L\":")
			.contains("\"address\":{\"M\":")
			.contains("\"expiresAt\":{\"N\":\"1893456000\"}")
			.contains("\"status\":{\"S\":\"ACTIVE\"}");
	}

	@Test
	void whenTheAwsCliWritesAnItemThenTheRecordReadsIt() {
		AwsCli.require();
		AwsCli.run(local.endpoint(), "dynamodb", "put-item", "--table-name", "customers", "--item",
				"{\"id\":{\"S\":\"c-from-cli\"},\"name\":{\"S\":\"Grace\"},\"age\":{\"N\":\"85\"},"
						+ "\"tags\":{\"SS\":[\"navy\"]},\"expiresAt\":{\"N\":\"1893456000\"},"
						+ "\"address\":{\"M\":{\"city\":{\"S\":\"Arlington\"},\"zip\":{\"N\":\"22201\"}}}}");
		Customer read = local.template().findById(Customer.class, "c-from-cli").orElseThrow();
		assertThat(read.name()).isEqualTo("Grace");
		assertThat(read.age()).isEqualTo(85);
		assertThat(read.tags()).containsExactly("navy");
		assertThat(read.expiresAt()).isEqualTo(Instant.parse("2030-01-01T00:00:00Z"));
		assertThat(read.address()).isEqualTo(new Address(null, "Arlington", 22201));
	}

	@Test
	void whenABeanIsSavedThenItReadsBackWithVersionAndTimestamps() {
		Order order = new Order("alice", "o-1", "OPEN", new BigDecimal("19.99"));
		order.setItems(List.of("book", "pen"));
		Order saved = local.template().save(order);
		assertThat(saved.getVersion()).isEqualTo(1L);
		assertThat(saved.getCreated()).isNotNull();
		assertThat(saved.getModified()).isEqualTo(saved.getCreated());
		Order read = local.template().findById(Order.class, "alice", "o-1").orElseThrow();
		assertThat(read).usingRecursiveComparison().isEqualTo(saved);
	}

	@Test
	void whenAnImmutableIsSavedThenItReadsBack() {
		local.template().save(Product.builder().sku("sku-1").title("Lamp").build());
		Product read = local.template().findById(Product.class, "sku-1").orElseThrow();
		assertThat(read.title()).isEqualTo("Lamp");
	}

	static Customer fullCustomer(String id) {
		Map<String, String> labels = new HashMap<>();
		labels.put("empty", null);
		labels.put("tier", "gold");
		return new Customer(id, "Ada", 36, 12_000_000_000L, 0.75, new BigDecimal("1234.56"),
				new BigInteger("123456789012345678901234567890"), true, Boolean.TRUE, SdkBytes.fromUtf8String("png"),
				List.of("ada", "countess"), Map.of("logins", 3), labels, Set.of("vip", "early"), Set.of(7, 13),
				Set.of(SdkBytes.fromUtf8String("k1"), SdkBytes.fromUtf8String("k2")), Customer.Status.ACTIVE,
				LocalDate.of(1815, 12, 10), LocalDateTime.of(2026, 11, 20, 9, 30, 15),
				Instant.parse("2026-11-20T09:30:15.123Z"), UUID.fromString("3f1b2a9c-8d4e-4f5a-9b6c-7d8e9f0a1b2c"),
				new Address("1 Main St", "London", 10001), List.of(new Address("2 Side St", "Paris", 12345)),
				new Preferences("dark", List.of("en", "fr")), Instant.parse("2030-01-01T00:00:00Z"), "Lady Ada", null);
	}

}
