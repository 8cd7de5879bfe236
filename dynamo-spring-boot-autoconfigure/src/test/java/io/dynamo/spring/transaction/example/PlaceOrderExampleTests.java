/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction.example;

import java.math.BigDecimal;

import io.dynamo.spring.autoconfigure.DynamoClientAutoConfiguration;
import io.dynamo.spring.autoconfigure.DynamoDataAutoConfiguration;
import io.dynamo.spring.autoconfigure.DynamoEmbeddedAutoConfiguration;
import io.dynamo.spring.autoconfigure.DynamoTransactionAutoConfiguration;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.transaction.CustomerAccount;
import io.dynamo.spring.transaction.DynamoTransactionCanceledException;
import io.dynamo.spring.transaction.Stock;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.dao.DuplicateKeyException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The worked example of docs/transactions.md, run with the auto-configuration on the
 * embedded database: an order placed with {@code @Transactional} and with the
 * programmatic form, a stock too low, an order id taken, and the consistent read.
 *
 * @author dynamo-spring-boot authors
 */
class PlaceOrderExampleTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class,
						DynamoDataAutoConfiguration.class, DynamoTransactionAutoConfiguration.class,
						TransactionManagerCustomizationAutoConfiguration.class, TransactionAutoConfiguration.class))
		.withBean(OrderService.class)
		.withBean(OrderWrites.class)
		.withPropertyValues("dynamo.embedded.enabled=true");

	@Test
	void whenEnoughStockIsLeftThenTheOrderTheStockAndTheCounterAreWrittenTogether() {
		this.contextRunner.run((context) -> {
			DynamoOperations operations = prepare(context, 5);
			Order order = context.getBean(OrderService.class).place("alice", "o-1", "sku-1", 2, BigDecimal.TEN);
			assertThat(order.getVersion()).isEqualTo(1L);
			assertThat(order.getCreated()).isNotNull();
			OrderWrites.Snapshot snapshot = context.getBean(OrderWrites.class).read("alice", "o-1", "sku-1");
			assertThat(snapshot.order().getStatus()).isEqualTo("PLACED");
			assertThat(snapshot.stock()).isEqualTo(new Stock("sku-1", 3));
			assertThat(snapshot.ordersPlaced()).isEqualTo(1);
			assertThat(operations.findById(CustomerAccount.class, "alice")).contains(new CustomerAccount("alice", 1));
		});
	}

	@Test
	void whenTheStockIsTooLowThenNothingIsWrittenAndTheExceptionNamesTheStockUpdate() {
		this.contextRunner.run((context) -> {
			DynamoOperations operations = prepare(context, 1);
			assertThatExceptionOfType(DynamoTransactionCanceledException.class)
				.isThrownBy(() -> context.getBean(OrderService.class).place("bob", "o-1", "sku-1", 2, BigDecimal.TEN))
				.withMessageContaining("action 2: Update Stock [sku=sku-1] on table 'stock': ConditionalCheckFailed");
			assertThat(operations.findById(Order.class, "bob", "o-1")).isEmpty();
			assertThat(operations.findById(Stock.class, "sku-1")).contains(new Stock("sku-1", 1));
			assertThat(operations.findById(CustomerAccount.class, "bob")).isEmpty();
		});
	}

	@Test
	void whenTheOrderIdIsTakenThenDuplicateKeyExceptionAndNoStockIsTaken() {
		this.contextRunner.run((context) -> {
			DynamoOperations operations = prepare(context, 5);
			OrderService service = context.getBean(OrderService.class);
			service.place("carol", "o-1", "sku-1", 1, BigDecimal.ONE);
			assertThatExceptionOfType(DuplicateKeyException.class)
				.isThrownBy(() -> service.place("carol", "o-1", "sku-1", 1, BigDecimal.ONE))
				.withMessageContaining("Order with key [customerId=carol, orderId=o-1] already exists");
			assertThat(operations.findById(Stock.class, "sku-1")).contains(new Stock("sku-1", 4));
			assertThat(operations.findById(CustomerAccount.class, "carol")).contains(new CustomerAccount("carol", 1));
		});
	}

	@Test
	void whenTheOrderIsPlacedProgrammaticallyThenTheSameThreeWritesHappenTogether() {
		this.contextRunner.run((context) -> {
			prepare(context, 5);
			OrderWrites writes = context.getBean(OrderWrites.class);
			assertThat(writes.place("dave", "o-1", "sku-1", 5, BigDecimal.ONE).getVersion()).isEqualTo(1L);
			OrderWrites.Snapshot snapshot = writes.read("dave", "o-1", "sku-1");
			assertThat(snapshot.stock().available()).isZero();
			assertThat(snapshot.ordersPlaced()).isEqualTo(1);
			assertThatExceptionOfType(DynamoTransactionCanceledException.class)
				.isThrownBy(() -> writes.place("dave", "o-2", "sku-1", 1, BigDecimal.ONE));
			assertThat(writes.read("dave", "o-2", "sku-1").order()).isNull();
		});
	}

	private static DynamoOperations prepare(AssertableApplicationContext context, int available) {
		DynamoTableAdmin admin = context.getBean(DynamoTableAdmin.class);
		admin.createTable(Order.class);
		admin.createTable(Stock.class);
		admin.createTable(CustomerAccount.class);
		DynamoOperations operations = context.getBean(DynamoOperations.class);
		operations.save(new Stock("sku-1", available));
		return operations;
	}

}
