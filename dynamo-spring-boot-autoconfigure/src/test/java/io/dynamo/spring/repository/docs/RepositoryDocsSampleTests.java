/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.repository.DynamoPageRequest;
import io.dynamo.spring.repository.fixtures.RecordingDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.data.domain.ScrollPosition;
import org.springframework.data.domain.Window;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The samples of {@code docs/repositories.md}: every method of the documented repository
 * runs against the embedded database, and every tagged sample in the document is the text
 * of these compiled sources.
 *
 * @author dynamo-spring-boot authors
 */
class RepositoryDocsSampleTests {

	private static RecordingDynamo dynamo;

	private static OrderRepository orders;

	@BeforeAll
	static void start() {
		dynamo = RecordingDynamo.start(Order.class);
		orders = dynamo.repository(OrderRepository.class);
		List<Order> all = new ArrayList<>();
		for (int day = 1; day <= 25; day++) {
			all.add(new Order("alice", String.format("2026-03-%02d", day), (day % 5 == 0) ? "OPEN" : "SHIPPED",
					BigDecimal.valueOf(day * 10L), null));
		}
		all.add(new Order("bob", "2026-03-01", "OPEN", BigDecimal.valueOf(500), null));
		orders.saveAll(all);
	}

	@AfterAll
	static void stop() {
		dynamo.close();
	}

	@Test
	void theDocumentedRepositoryMethodsWork() {
		assertThat(orders.findByCustomerIdAndPlacedOnBetween("alice", "2026-03-10", "2026-03-12")).hasSize(3);
		assertThat(orders.findByCustomerIdAndTotalGreaterThan("alice", BigDecimal.valueOf(230))).hasSize(2);
		assertThat(orders.findFirstByCustomerIdOrderByPlacedOnDesc("alice")).map(Order::placedOn)
			.contains("2026-03-25");
		Window<Order> open = orders.findFirst20ByStatus("OPEN", ScrollPosition.keyset());
		assertThat(open.getContent()).hasSize(6);
		assertThat(open.hasNext()).isFalse();
		DynamoPage<Order> page = orders.findByCustomerId("alice", DynamoPageRequest.first(10));
		assertThat(page.items()).hasSize(10);
		assertThat(orders.findByCustomerId("alice", DynamoPageRequest.of(10, page.nextToken())).items()).hasSize(10);
		assertThat(orders.countByCustomerId("alice")).isEqualTo(25);
		assertThat(orders.findTotalsByCustomerId("bob"))
			.containsExactly(new OrderTotal("2026-03-01", BigDecimal.valueOf(500)));
		assertThat(orders.findByTotalGreaterThan(BigDecimal.valueOf(240))).extracting(Order::customerId)
			.containsExactlyInAnyOrder("alice", "bob");
		assertThat(orders.ordersWithStatus("alice", "OPEN")).hasSize(5);
		assertThat(orders.findById(DynamoKey.of("bob", "2026-03-01"))).map(Order::version).contains(1L);
	}

	@Test
	void theDocumentedServiceAndBeansWork() {
		OrderService service = new OrderService(orders);
		assertThat(service.march("alice")).hasSize(25);
		OrderService.OrdersResponse first = service.page("alice", null);
		assertThat(first.orders()).hasSize(20);
		assertThat(service.page("alice", first.next()).orders()).hasSize(5);
		RepositoryDocsConfiguration configuration = new RepositoryDocsConfiguration();
		MDC.put("user", "ann");
		try {
			assertThat(configuration.auditor().getCurrentAuditor()).contains("ann");
		}
		finally {
			MDC.remove("user");
		}
		assertThat(configuration.normalizeStatus()
			.onBeforeConvert(new Order("c", "2026-01-01", "open", BigDecimal.ONE, null), "orders")
			.status()).isEqualTo("OPEN");
	}

}
