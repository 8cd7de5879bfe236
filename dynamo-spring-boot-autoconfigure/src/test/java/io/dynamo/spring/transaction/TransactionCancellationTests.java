/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.math.BigDecimal;

import io.dynamo.spring.core.DynamoDuplicateKeyException;
import io.dynamo.spring.core.DynamoOptimisticLockingFailureException;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.mapping.ItemSizeExceededException;
import io.dynamo.spring.testentities.Blob;
import io.dynamo.spring.testentities.Order;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of transactions that DynamoDB cancels (failed conditions, versions, insert-only
 * writes) and of the limits checked before anything is sent, against the embedded
 * database.
 *
 * @author dynamo-spring-boot authors
 */
class TransactionCancellationTests {

	@RegisterExtension
	static final RecordedDatabase database = new RecordedDatabase(Order.class, Stock.class, CustomerAccount.class,
			Blob.class);

	private static TransactionTemplate transactions;

	@BeforeAll
	static void createTheManager() {
		transactions = new TransactionTemplate(database.transactionManager());
	}

	@Test
	void whenAConditionCheckFailsThenNothingIsWrittenAndTheExceptionNamesTheAction() {
		database.template().save(new Stock("check-sku", 1));
		assertThatExceptionOfType(DynamoTransactionCanceledException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				database.template().save(new Order("check-bob", "o-1", "PLACED", BigDecimal.ONE));
				database.template().conditionCheck(Stock.class, "check-sku", null, where("available").ge(2));
				database.template().update(CustomerAccount.class, "check-bob", null, Update.update().add("orders", 1));
			}))
			.withMessageContaining("TransactWriteItems of 3 actions was canceled")
			.withMessageContaining(
					"action 2: ConditionCheck Stock [sku=check-sku] on table 'stock': " + "ConditionalCheckFailed")
			.withMessageContaining("ClientRequestToken=")
			.withMessageContaining("Nothing of it was written")
			.satisfies((ex) -> {
				assertThat(ex.getReasons()).extracting(CancellationReason::code)
					.containsExactly("None", "ConditionalCheckFailed", "None");
				CancellationReason failed = ex.getFailedReasons().get(0);
				assertThat(failed.index()).isEqualTo(1);
				assertThat(failed.entityType()).isEqualTo(Stock.class);
				assertThat(failed.existingItem().entity()).isEqualTo(new Stock("check-sku", 1));
			});
		assertThat(database.template().findById(Order.class, "check-bob", "o-1")).isEmpty();
		assertThat(database.template().findById(CustomerAccount.class, "check-bob")).isEmpty();
	}

	@Test
	void whenAVersionCheckFailsThenOptimisticLockingFailureNamesTheEntityAndCarriesTheReasons() {
		database.template().save(new Order("lock-carol", "o-1", "OPEN", BigDecimal.ONE));
		Order stale = database.template().findById(Order.class, "lock-carol", "o-1").orElseThrow();
		Order fresh = database.template().findById(Order.class, "lock-carol", "o-1").orElseThrow();
		fresh.setStatus("PAID");
		database.template().save(fresh);
		stale.setStatus("CANCELLED");
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				database.template().save(new Stock("lock-sku", 1));
				database.template().save(stale);
			}))
			.isInstanceOf(DynamoOptimisticLockingFailureException.class)
			.withMessageContaining("Order with key [customerId=lock-carol, orderId=o-1] was changed by someone else: "
					+ "expected version 1 but found 2")
			.satisfies((ex) -> {
				assertThat(
						((Order) ((DynamoOptimisticLockingFailureException) ex).getExistingItem().entity()).getStatus())
					.isEqualTo("PAID");
				assertThat(ex.getCause()).isInstanceOfSatisfying(DynamoTransactionCanceledException.class,
						(canceled) -> assertThat(canceled.getMessage())
							.contains("action 2: Put Order [customerId=lock-carol, orderId=o-1] on table 'order'"));
			});
		assertThat(database.template().findById(Stock.class, "lock-sku")).isEmpty();
		assertThat(database.template().findById(Order.class, "lock-carol", "o-1").orElseThrow().getStatus())
			.isEqualTo("PAID");
	}

	@Test
	void whenAnInsertFindsItsKeyTakenThenDuplicateKeyExceptionIsRaised() {
		database.template().save(new Stock("dup-sku", 7));
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				database.template().insert(new Stock("dup-sku", 1));
				database.template().save(new CustomerAccount("dup-account", 1));
			}))
			.isInstanceOf(DynamoDuplicateKeyException.class)
			.withMessageContaining("Stock with key [sku=dup-sku] already exists")
			.withCauseInstanceOf(DynamoTransactionCanceledException.class);
		assertThat(database.template().findById(Stock.class, "dup-sku")).contains(new Stock("dup-sku", 7));
		assertThat(database.template().findById(CustomerAccount.class, "dup-account")).isEmpty();
	}

	@Test
	void whenAUserConditionFailsThenTheCancellationIsADataIntegrityViolation() {
		database.template().save(new Stock("cond-sku", 1));
		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> transactions.executeWithoutResult(
					(status) -> database.template().save(new Stock("cond-sku", 0), where("available").gt(5))))
			.isInstanceOf(DynamoTransactionCanceledException.class)
			.withMessageContaining("action 1: Put Stock [sku=cond-sku]");
	}

	@Test
	void whenATransactionWouldHaveMoreThan100ActionsThenThe101stIsRefusedBeforeSending() {
		assertThatExceptionOfType(TransactionLimitExceededException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				for (int i = 1; i <= 101; i++) {
					database.template().save(new Stock("many-" + i, i));
				}
			}))
			.withMessageContaining("already has 100 actions, DynamoDB's limit for TransactWriteItems")
			.withMessageContaining("Put Stock [sku=many-101] on table 'stock' would be action 101")
			.withMessageContaining("Split the work into transactions of at most 100 writes");
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenATransactionWouldHoldMoreThan4MegabytesThenTheWriteOverTheLimitIsRefused() {
		String payload = "x".repeat(390 * 1024);
		assertThatExceptionOfType(TransactionLimitExceededException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				for (int i = 1; i <= 11; i++) {
					database.template().save(new Blob("big-" + i, payload, null));
				}
			}))
			.withMessageContaining("Put Blob [id=big-11] on table 'blob'")
			.withMessageContaining("over DynamoDB's limit of 4194304 bytes (4 MB)");
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenTheBoundsOfTheItemsPass4MegabytesButTheirSizesDoNotThenTheTransactionCommits() {
		// each item's bound (3 bytes per char) is about 408,000 bytes, 11 of them 4.5 MB;
		// measured, the 11 items hold about 1.5 MB
		String payload = "x".repeat(136_000);
		transactions.executeWithoutResult((status) -> {
			for (int i = 1; i <= 11; i++) {
				database.template().save(new Blob("bounded-" + i, payload, null));
			}
		});
		assertThat(database.recording().operations()).containsExactly("TransactWriteItems");
		for (int i = 1; i <= 11; i++) {
			assertThat(database.template().findById(Blob.class, "bounded-" + i)).isPresent();
		}
	}

	@Test
	void whenAnItemIsOver400KilobytesThenItIsRefusedBeforeSending() {
		assertThatExceptionOfType(ItemSizeExceededException.class).isThrownBy(() -> transactions.executeWithoutResult(
				(status) -> database.template().save(new Blob("huge", "x".repeat(401 * 1024), null))));
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenTheSameItemIsWrittenTwiceThenTheSecondWriteIsRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> transactions.executeWithoutResult((status) -> {
				database.template().save(new Stock("twice-sku", 1));
				database.template().update(Stock.class, "twice-sku", null, Update.update().add("available", 1));
			}))
			.withMessageContaining("already has Put Stock [sku=twice-sku] on table 'stock'; now Update of the same "
					+ "item was asked")
			.withMessageContaining("make one write per item");
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenAConditionCheckIsMadeOutsideATransactionThenItIsRefused() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> database.template().conditionCheck(Stock.class, "x", null, where("available").gt(0)))
			.withMessageContaining("needs a transaction");
	}

}
