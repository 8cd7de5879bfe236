/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

import java.util.List;

import io.dynamo.spring.core.DynamoPage;
import io.dynamo.spring.repository.DynamoPageRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The service of {@code docs/repositories.md}: a repository injected and called.
 *
 * @author dynamo-spring-boot authors
 */
// tag::service[]
@Service
public class OrderService {

	private final OrderRepository orders;

	public OrderService(OrderRepository orders) {
		this.orders = orders;
	}

	public List<Order> march(String customerId) {
		return this.orders.findByCustomerIdAndPlacedOnBetween(customerId, "2026-03-01", "2026-03-31");
	}

	// tag::page[]
	public OrdersResponse page(String customerId, @Nullable String tokenFromClient) {
		DynamoPage<Order> page = this.orders.findByCustomerId(customerId, DynamoPageRequest.of(20, tokenFromClient));
		// the next token is null on the last page
		return new OrdersResponse(page.items(), page.nextToken());
	}
	// end::page[]

	public record OrdersResponse(List<Order> orders, @Nullable String next) {

	}

}
// end::service[]
