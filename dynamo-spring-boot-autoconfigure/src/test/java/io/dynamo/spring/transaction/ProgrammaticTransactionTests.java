/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testentities.Note;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testentities.Product;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests of the programmatic transactions of {@link DynamoTemplate}: {@code transactWrite}
 * with and without a surrounding transaction, and {@code transactGet}, against the
 * embedded database.
 *
 * @author dynamo-spring-boot authors
 */
class ProgrammaticTransactionTests {

	@RegisterExtension
	static final RecordedDatabase database = new RecordedDatabase(Order.class, Stock.class, CustomerAccount.class,
			Note.class, Product.class);

	@Test
	void whenATransactWriteIsMadeThenEveryKindOfActionGoesOutAsOneCallWithAToken() {
		database.template().save(new Stock("tw-sku", 5));
		database.template().save(Product.builder().sku("tw-gone").title("Gone").build());
		database.recording().clear();
		TransactWriteResult result = database.template()
			.transactWrite(TransactWrite.create()
				.insert(new Order("tw-alice", "o-1", "PLACED", BigDecimal.ONE))
				.save(Note.of(null, "receipt"))
				.update(Stock.class, "tw-sku", null, Update.update().subtract("available", 1), where("available").ge(1))
				.update(CustomerAccount.class, "tw-alice", null, Update.update().add("orders", 1))
				.deleteById(Product.class, "tw-gone", null)
				.conditionCheck(Product.class, "tw-missing", null, where("sku").notExists()));
		assertThat(database.recording().operations()).containsExactly("TransactWriteItems");
		TransactWriteItemsRequest sent = database.recording().attempts(TransactWriteItemsRequest.class).get(0);
		assertThat(sent.transactItems()).hasSize(6);
		assertThat(sent.clientRequestToken()).isEqualTo(result.clientRequestToken());
		assertThat(result.entity(0, Order.class).getVersion()).isEqualTo(1L);
		Note note = result.entity(1, Note.class);
		assertThat(note.id()).isNotBlank();
		assertThat(result.results().get(2)).isNull();
		assertThat(database.template().findById(Note.class, note.id())).isPresent();
		assertThat(database.template().findById(Stock.class, "tw-sku")).contains(new Stock("tw-sku", 4));
		assertThat(database.template().findById(CustomerAccount.class, "tw-alice"))
			.contains(new CustomerAccount("tw-alice", 1));
		assertThat(database.template().findById(Product.class, "tw-gone")).isEmpty();
		assertThatIllegalArgumentException().isThrownBy(() -> result.entity(2, Stock.class))
			.withMessageContaining("did not write a Stock");
	}

	@Test
	void whenATransactWriteIsCanceledThenNothingOfItIsWritten() {
		Order saved = database.template().save(new Order("tw-bob", "o-1", "OPEN", BigDecimal.ONE));
		database.template().save(saved);
		database.recording().clear();
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> database.template()
				.transactWrite(TransactWrite.create().save(new Stock("tw-bob-sku", 1)).delete(saved)))
			.withMessageContaining("expected version 1 but found 2");
		assertThat(database.template().findById(Stock.class, "tw-bob-sku")).isEmpty();
		assertThat(database.template().findById(Order.class, "tw-bob", "o-1")).isPresent();
	}

	@Test
	void whenATransactWriteIsRefusedBeforeSendingThenLaterWritesGoOutAsUsual() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> database.template()
				.transactWrite(TransactWrite.create()
					.save(new Stock("tw-twice", 1))
					.deleteById(Stock.class, "tw-twice", null)))
			.withMessageContaining("same item");
		assertThat(database.recording().operations()).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
		database.template().save(new Stock("tw-after", 1));
		assertThat(database.recording().operations()).containsExactly("PutItem");
	}

	@Test
	void whenATransactWriteIsMadeInsideATransactionThenItJoinsIt() {
		TransactionTemplate transactions = new TransactionTemplate(
				new DynamoTransactionManager(database.recording().client()));
		transactions.executeWithoutResult((status) -> {
			database.template().save(new Stock("join-1", 1));
			database.template().transactWrite(TransactWrite.create().save(new Stock("join-2", 2)));
			assertThat(database.recording().operations()).isEmpty();
		});
		assertThat(database.recording().operations()).containsExactly("TransactWriteItems");
		assertThat(database.recording().attempts(TransactWriteItemsRequest.class).get(0).transactItems()).hasSize(2);
	}

	@Test
	void whenATransactGetIsMadeThenItemsComeBackInOrderMappedWithAbsentOnesEmpty() {
		database.template().save(new Order("tg-alice", "o-1", "PLACED", BigDecimal.TEN));
		database.template().save(new Stock("tg-sku", 3));
		database.recording().clear();
		TransactGetResult result = database.template()
			.transactGet(TransactGet.create()
				.get(Stock.class, "tg-sku", null)
				.get(Order.class, "tg-alice", "o-1")
				.get(CustomerAccount.class, "tg-nobody", null)
				.get(Stock.class, List.of(DynamoKey.of("tg-none"))));
		assertThat(database.recording().operations()).containsExactly("TransactGetItems");
		assertThat(result.size()).isEqualTo(4);
		assertThat(result.get(0, Stock.class)).contains(new Stock("tg-sku", 3));
		assertThat(result.get(1, Order.class)).get()
			.satisfies((order) -> assertThat(order.getTotal()).isEqualByComparingTo(BigDecimal.TEN));
		assertThat(result.get(2, CustomerAccount.class)).isEmpty();
		assertThat(result.items().get(3)).isEqualTo(Optional.empty());
		assertThatIllegalArgumentException().isThrownBy(() -> result.get(0, Order.class))
			.withMessageContaining("Key 0 of the transact get is of Stock, not Order");
	}

	@Test
	void whenATransactGetHasMoreThan100KeysThenItIsRefusedBeforeSending() {
		TransactGet get = TransactGet.create();
		for (int i = 0; i < 101; i++) {
			get.get(Stock.class, "tg-" + i, null);
		}
		assertThatExceptionOfType(TransactionLimitExceededException.class)
			.isThrownBy(() -> database.template().transactGet(get))
			.withMessageContaining("101 keys, over DynamoDB's limit of 100 for TransactGetItems")
			.withMessageContaining("use batchGet");
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenAnEmptyTransactionIsMadeThenNothingIsSent() {
		assertThat(database.template().transactGet(TransactGet.create()).size()).isZero();
		assertThat(database.template().transactWrite(TransactWrite.create()).results()).isEmpty();
		assertThat(database.recording().operations()).isEmpty();
	}

}
