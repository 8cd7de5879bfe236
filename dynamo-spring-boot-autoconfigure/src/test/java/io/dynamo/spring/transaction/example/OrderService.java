/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction.example;

import java.math.BigDecimal;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.UpdateOptions;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.transaction.CustomerAccount;
import io.dynamo.spring.transaction.Stock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static io.dynamo.spring.expression.Condition.where;

@Service
public class OrderService {

	private final DynamoOperations operations;

	public OrderService(DynamoOperations operations) {
		this.operations = operations;
	}

	/**
	 * Place an order: the order item, the stock taken (only if enough is left) and the
	 * customer's counter, together or not at all.
	 */
	// tag::place[]
	@Transactional
	public Order place(String customerId, String orderId, String sku, int quantity, BigDecimal total) {
		// insert: fails with DuplicateKeyException if the order id is taken
		Order order = this.operations.insert(new Order(customerId, orderId, "PLACED", total));
		this.operations.update(Stock.class, sku, null, Update.update().subtract("available", quantity),
				UpdateOptions.when(where("available").ge(quantity)));
		this.operations.update(CustomerAccount.class, customerId, null, Update.update().add("orders", 1));
		// nothing is sent yet: all three go out as one TransactWriteItems when this
		// method returns, and none of them if it throws
		return order;
	}
	// end::place[]

}
