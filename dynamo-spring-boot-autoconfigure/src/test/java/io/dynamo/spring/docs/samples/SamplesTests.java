/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import io.dynamo.spring.core.BatchGetResult;
import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.core.QuerySpec;
import io.dynamo.spring.core.ScanSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the samples the documentation includes ({@code DocumentationSamplesTests} keeps
 * the documents equal to these sources) in a Boot application on the embedded server,
 * with its tables created from the entities.
 *
 * @author dynamo-spring-boot authors
 */
class SamplesTests {

	private static ConfigurableApplicationContext context;

	private static DynamoOperations template;

	@BeforeAll
	static void start() {
		context = application().run();
		template = context.getBean(DynamoOperations.class);
	}

	@BeforeEach
	void deleteItems() {
		for (Class<?> type : List.of(Order.class, Customer.class, Note.class, AccountEvent.class)) {
			deleteAll(type);
		}
	}

	private static <T> void deleteAll(Class<T> type) {
		try (Stream<T> items = template.scan(ScanSpec.of(type))) {
			items.toList().forEach(template::delete);
		}
	}

	@AfterAll
	static void stop() {
		context.close();
	}

	static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(SamplesApplication.class).web(WebApplicationType.NONE)
			.properties("dynamo.embedded.enabled=true", "dynamo.schema.action=create-drop",
					"management.health.dynamo.enabled=false");
	}

	@Test
	void theEntitiesOfTheEntitiesPageRoundTripWithTheirIndexesAndTimeToLive() {
		Customer customer = customer("c-e", "Ada", 36);
		template.save(customer);
		assertThat(template.findById(Customer.class, "c-e")).contains(customer);
		AccountEvent event = new AccountEvent("acc-42", LocalDate.of(2026, 11, 21), "e-7", 5);
		template.save(event);
		assertThat(template.findById(AccountEvent.class, "acc-42",
				Map.of("day", LocalDate.of(2026, 11, 21), "eventId", "e-7")))
			.contains(event);
		Order order = template.save(new Order("bob", "o-1", "OPEN", BigDecimal.TEN));
		assertThat(order.getVersion()).isEqualTo(1);
		assertThat(order.getCreated()).isNotNull();
		DynamoTableAdmin admin = context.getBean(DynamoTableAdmin.class);
		TableDescription orders = admin.describe(Order.class).orElseThrow();
		assertThat(orders.globalSecondaryIndexes()).singleElement()
			.satisfies((index) -> assertThat(index.indexName()).isEqualTo("byStatus"));
		assertThat(orders.localSecondaryIndexes()).singleElement()
			.satisfies((index) -> assertThat(index.indexName()).isEqualTo("byPlacedOn"));
		DynamoDbClient client = context.getBean(DynamoDbClient.class);
		assertThat(
				client.describeTimeToLive((ttl) -> ttl.tableName("customers")).timeToLiveDescription().attributeName())
			.isEqualTo("expiresAt");
		assertThat(client
			.getItem((get) -> get.tableName("customers")
				.key(Map.of("id", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("c-e"))))
			.item()
			.get("preferences")
			.s()).contains("\"language\":\"en\"");
	}

	@Test
	void theItemOperationsSamplesReadWriteInsertAndUpdate() {
		template.save(new Order("alice", "o-1", "OPEN", BigDecimal.ONE));
		template.save(customer("c-1", "Ada", 36));
		template.save(customer("c-old", "old name", 50));
		Optional<Customer> deleted = ItemOperationsSamples.readAndWrite(template, customer("c-old", "new name", 51));
		assertThat(deleted).hasValueSatisfying((customer) -> assertThat(customer.name()).isEqualTo("Ada"));
		assertThat(template.findById(Customer.class, "c-1")).isEmpty();
		assertThat(template.findById(Order.class, "alice", "o-2")).isEmpty();
		assertThat(template.findById(Customer.class, "c-old"))
			.hasValueSatisfying((customer) -> assertThat(customer.name()).isEqualTo("new name"));

		assertThat(ItemOperationsSamples.insertOnce(template, customer("c-i", "first", 20))).isEmpty();
		assertThat(ItemOperationsSamples.insertOnce(template, customer("c-i", "second", 21)))
			.hasValueSatisfying((stored) -> assertThat(stored.name()).isEqualTo("first"));

		template.save(Note.of("n-1", "draft text"));
		Note after = ItemOperationsSamples.update(template);
		assertThat(after.text()).isEqualTo("hello");
		assertThat(after.views()).isZero();
		assertThat(after.stats()).containsEntry("likes", 1);
		assertThat(after.stock()).isEqualTo(8);
		assertThat(after.draft()).isNull();
		assertThat(after.events()).containsExactly("created", "edited");
		assertThat(after.history()).containsExactly("v2", "v1");
		assertThat(after.tags()).containsExactly("gift");
		assertThat(after.labels()).containsExactly("new");
		assertThat(ItemOperationsSamples.updateReturningOld(template)).isEqualTo("hello");
		assertThat(template.findById(Note.class, "n-1"))
			.hasValueSatisfying((note) -> assertThat(note.text()).isEqualTo("bye"));
	}

	@Test
	void updatedOldAttributesMapToAnEntityHoldingOnlyThoseAttributes() {
		template.save(Note.of("n-old", "before"));
		Note mapped = template
			.update(Note.class, "n-old", null, io.dynamo.spring.expression.Update.update().set("text", "after"),
					io.dynamo.spring.core.UpdateOptions.DEFAULT
						.returning(software.amazon.awssdk.services.dynamodb.model.ReturnValue.UPDATED_OLD))
			.entity()
			.orElseThrow();
		assertThat(mapped.text()).isEqualTo("before");
		assertThat(mapped.id()).isNull();
		assertThat(mapped.stock()).isNull();
	}

	@Test
	void theQueryingSamplesQueryPageAndScan() {
		for (int i = 1; i <= 12; i++) {
			template.save(new Order("alice", String.format("o-%02d", i), (i % 2 == 0) ? "OPEN" : "DONE",
					BigDecimal.valueOf(i * 20L)));
		}
		assertThat(QueryingSamples.query(template)).extracting(Order::getOrderId)
			.containsExactly("o-11", "o-10", "o-09");
		long stored = template.count(QuerySpec.of(Order.class, "alice"));
		List<String> paged = new ArrayList<>();
		QueryingSamples.OrdersResponse page = QueryingSamples.page(template, null, 5);
		paged.addAll(page.orders().stream().map(Order::getOrderId).toList());
		// the token of a 5-item page continues a query of 3-item pages where it stopped
		while (page.next() != null) {
			page = QueryingSamples.page(template, page.next(), 3);
			paged.addAll(page.orders().stream().map(Order::getOrderId).toList());
		}
		assertThat(paged).hasSize((int) stored).doesNotHaveDuplicates().isSorted();
		assertThat(QueryingSamples.scans(template)).isPositive();
	}

	@Test
	void theBatchSampleWritesDeletesAndReads() {
		template.save(customer("c-2", "gone", 30));
		template.save(customer("c-3", "kept", 30));
		List<Order> orders = List.of(new Order("alice", "o-1", "OPEN", BigDecimal.ONE),
				new Order("alice", "o-2", "OPEN", BigDecimal.valueOf(2)));
		BatchGetResult read = BatchSamples.batch(template, orders);
		assertThat(read.get(Order.class)).extracting(Order::getOrderId).containsExactlyInAnyOrder("o-1", "o-2");
		assertThat(read.get(Customer.class)).extracting(Customer::name).containsExactly("kept");
		assertThat(read.size()).isEqualTo(3);
		assertThat(template.findById(Customer.class, "c-2")).isEmpty();
	}

	@Test
	void theCustomizerSampleAddsItsInterceptorToTheClient() {
		ClientCustomizers.RequestCounter counter = context.getBean(ClientCustomizers.RequestCounter.class);
		long before = counter.requests();
		template.findById(Customer.class, "c-none");
		assertThat(counter.requests()).isEqualTo(before + 1);
	}

	@Test
	void theConnectionSamplePingsTheServer() {
		assertThat(ConnectionSamples.describe(context.getBean(DynamoConnection.class))).startsWith("us-east-1 http")
			.endsWith("ok");
	}

	@Test
	void theAuditLogSampleCatchesTheRateLimitRejection() {
		try (ConfigurableApplicationContext limited = application()
			.properties("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=1",
					"dynamo.rate-limit.max-wait=0s")
			.run()) {
			AuditLog audit = limited.getBean(AuditLog.class);
			// the bucket starts empty and max-wait is zero: the write is refused, not
			// sent
			assertThat(audit.tryRecord(new AccountEvent("acc-1", LocalDate.of(2026, 1, 1), "e-1", 1))).isFalse();
			assertThat(limited.getBean(DynamoOperations.class)
				.findById(AccountEvent.class, "acc-1", Map.of("day", LocalDate.of(2026, 1, 1), "eventId", "e-1")))
				.isEmpty();
		}
	}

	private static Customer customer(String id, String name, int age) {
		return new Customer(id, name, age, name.toUpperCase(), new Customer.Address("1 Main St", "Springfield"),
				new Customer.Preferences("en", true), Instant.parse("2030-01-01T00:00:00Z"));
	}

}
