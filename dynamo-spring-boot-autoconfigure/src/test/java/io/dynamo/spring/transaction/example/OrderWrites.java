/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction.example;

import java.math.BigDecimal;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.transaction.CustomerAccount;
import io.dynamo.spring.transaction.Stock;
import io.dynamo.spring.transaction.TransactGet;
import io.dynamo.spring.transaction.TransactGetResult;
import io.dynamo.spring.transaction.TransactWrite;
import io.dynamo.spring.transaction.TransactWriteResult;

import static io.dynamo.spring.expression.Condition.where;

public class OrderWrites {

	private final DynamoOperations operations;

	public OrderWrites(DynamoOperations operations) {
		this.operations = operations;
	}

	/**
	 * The same order placed without Spring's transactions: one call, one
	 * TransactWriteItems.
	 */
	public Order place(String customerId, String orderId, String sku, int quantity, BigDecimal total) {
		TransactWriteResult written = this.operations.transactWrite(TransactWrite.create()
			.insert(new Order(customerId, orderId, "PLACED", total))
			.update(Stock.class, sku, null, Update.update().subtract("available", quantity),
					where("available").ge(quantity))
			.update(CustomerAccount.class, customerId, null, Update.update().add("orders", 1)));
		return written.entity(0, Order.class);
	}

	/**
	 * Read the order, the stock and the account as one consistent snapshot.
	 */
	public Snapshot read(String customerId, String orderId, String sku) {
		TransactGetResult read = this.operations.transactGet(TransactGet.create()
			.get(Order.class, customerId, orderId)
			.get(Stock.class, sku, null)
			.get(CustomerAccount.class, customerId, null));
		return new Snapshot(read.get(0, Order.class).orElse(null), read.get(1, Stock.class).orElseThrow(),
				read.get(2, CustomerAccount.class).map(CustomerAccount::orders).orElse(0L));
	}

	public record Snapshot(Order order, Stock stock, long ordersPlaced) {

	}

}
