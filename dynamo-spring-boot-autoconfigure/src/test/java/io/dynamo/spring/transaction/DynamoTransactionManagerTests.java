/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testentities.Note;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testentities.Product;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.InvalidIsolationLevelException;
import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionTimedOutException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoTransactionManager} with {@link DynamoTemplate} against the
 * embedded database: writes held until commit and sent as one TransactWriteItems call,
 * rollback, propagation, read-only transactions and synchronizations.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoTransactionManagerTests {

	@RegisterExtension
	static final RecordedDatabase database = new RecordedDatabase(Order.class, Stock.class, CustomerAccount.class,
			Note.class, Product.class);

	private static DynamoTransactionManager manager;

	@BeforeAll
	static void createTheManager() {
		manager = database.transactionManager();
	}

	@Test
	void whenATransactionCommitsThenItsPutsUpdatesAndDeletesAcrossTablesGoOutAsOneCall() {
		database.template().save(Product.builder().sku("commit-old").title("Old").build());
		database.template().save(new Stock("commit-sku", 10));
		database.recording().clear();
		transactions().executeWithoutResult((status) -> {
			database.template().save(new Order("commit-alice", "o-1", "PLACED", BigDecimal.TEN));
			database.template().update(Stock.class, "commit-sku", null, Update.update().subtract("available", 2));
			database.template().deleteById(Product.class, "commit-old", null);
			assertThat(database.recording().operations()).isEmpty();
		});
		assertThat(database.recording().operations()).containsExactly("TransactWriteItems");
		TransactWriteItemsRequest sent = database.recording().attempts(TransactWriteItemsRequest.class).get(0);
		assertThat(sent.transactItems()).hasSize(3);
		assertThat(sent.clientRequestToken()).isNotBlank();
		assertThat(database.template().findById(Order.class, "commit-alice", "o-1")).get()
			.satisfies((order) -> assertThat(order.getVersion()).isEqualTo(1L));
		assertThat(database.template().findById(Stock.class, "commit-sku").orElseThrow().available()).isEqualTo(8);
		assertThat(database.template().findById(Product.class, "commit-old")).isEmpty();
	}

	@Test
	void whenTheCallbackThrowsThenNothingIsSent() {
		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> transactions().executeWithoutResult((status) -> {
				database.template().save(new Stock("rollback-sku", 1));
				throw new IllegalStateException("changed my mind");
			}));
		assertThat(database.recording().operations()).isEmpty();
		assertThat(database.template().findById(Stock.class, "rollback-sku")).isEmpty();
	}

	@Test
	void whenTheTransactionIsSetRollbackOnlyThenNothingIsSent() {
		transactions().executeWithoutResult((status) -> {
			database.template().save(new Stock("rollback-only-sku", 1));
			status.setRollbackOnly();
		});
		assertThat(database.recording().operations()).isEmpty();
		assertThat(database.template().findById(Stock.class, "rollback-only-sku")).isEmpty();
	}

	@Test
	void whenReadingInsideATransactionThenHeldWritesAreNotSeen() {
		transactions().executeWithoutResult((status) -> {
			database.template().save(new Stock("unseen-sku", 3));
			assertThat(database.template().findById(Stock.class, "unseen-sku")).isEmpty();
		});
		assertThat(database.template().findById(Stock.class, "unseen-sku")).isPresent();
	}

	@Test
	void whenAnIdIsGeneratedThenTheCallerSeesItAtOnceAndTheItemAfterCommit() {
		List<Note> saved = new ArrayList<>();
		transactions().executeWithoutResult((status) -> {
			Note note = database.template().save(Note.of(null, "generated"));
			assertThat(note.id()).isNotBlank();
			assertThat(note.version()).isEqualTo(1L);
			saved.add(note);
		});
		assertThat(database.template().findById(Note.class, saved.get(0).id())).get()
			.satisfies((note) -> assertThat(note.text()).isEqualTo("generated"));
	}

	@Test
	void whenRequiresNewRunsInsideRequiredThenTheInnerCommitsOnItsOwn() {
		TransactionTemplate requiresNew = transactions();
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions().executeWithoutResult((outer) -> {
			database.template().save(new Stock("outer-sku", 1));
			requiresNew.executeWithoutResult((inner) -> database.template().save(new Stock("inner-sku", 1)));
			assertThat(database.template().findById(Stock.class, "inner-sku")).isPresent();
			assertThat(database.template().findById(Stock.class, "outer-sku")).isEmpty();
			outer.setRollbackOnly();
		});
		assertThat(database.template().findById(Stock.class, "inner-sku")).isPresent();
		assertThat(database.template().findById(Stock.class, "outer-sku")).isEmpty();
		assertThat(database.recording().operations()).containsOnlyOnce("TransactWriteItems");
	}

	@Test
	void whenRequiredRunsInsideRequiredThenItJoinsAndItsRollbackOnlyRollsBackTheWhole() {
		assertThatExceptionOfType(org.springframework.transaction.UnexpectedRollbackException.class)
			.isThrownBy(() -> transactions().executeWithoutResult((outer) -> {
				database.template().save(new Stock("joined-outer", 1));
				transactions().executeWithoutResult((inner) -> {
					database.template().save(new Stock("joined-inner", 1));
					inner.setRollbackOnly();
				});
			}));
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenNotSupportedRunsInsideATransactionThenItsWritesGoOutAtOnce() {
		TransactionTemplate notSupported = transactions();
		notSupported.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
		transactions().executeWithoutResult((outer) -> {
			database.template().save(new Stock("held-sku", 1));
			notSupported.executeWithoutResult((inner) -> database.template().save(new Stock("direct-sku", 1)));
			assertThat(database.recording().operations()).containsExactly("PutItem");
			outer.setRollbackOnly();
		});
		assertThat(database.template().findById(Stock.class, "direct-sku")).isPresent();
		assertThat(database.template().findById(Stock.class, "held-sku")).isEmpty();
	}

	@Test
	void whenSupportsRunsWithoutATransactionThenWritesGoOutAtOnce() {
		TransactionTemplate supports = transactions();
		supports.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
		supports.executeWithoutResult((status) -> {
			database.template().save(new Stock("supports-sku", 1));
			assertThat(database.recording().operations()).containsExactly("PutItem");
		});
	}

	@Test
	void whenMandatoryRunsWithoutATransactionOrNeverInsideOneThenSpringRefusesIt() {
		TransactionTemplate mandatory = transactions();
		mandatory.setPropagationBehavior(TransactionDefinition.PROPAGATION_MANDATORY);
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> mandatory.executeWithoutResult((status) -> {
			}));
		TransactionTemplate never = transactions();
		never.setPropagationBehavior(TransactionDefinition.PROPAGATION_NEVER);
		assertThatExceptionOfType(IllegalTransactionStateException.class)
			.isThrownBy(() -> transactions().executeWithoutResult((outer) -> never.executeWithoutResult((inner) -> {
			})));
	}

	@Test
	void whenNestedIsAskedThenItIsRefusedWithTheReason() {
		TransactionTemplate nested = transactions();
		nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		assertThatExceptionOfType(NestedTransactionNotSupportedException.class)
			.isThrownBy(() -> transactions().executeWithoutResult((outer) -> {
				database.template().save(new Stock("nested-outer", 1));
				nested.executeWithoutResult((inner) -> database.template().save(new Stock("nested-inner", 1)));
			}))
			.withMessageContaining("DynamoDB has no savepoints")
			.withMessageContaining("Propagation.REQUIRES_NEW");
		assertThatExceptionOfType(NestedTransactionNotSupportedException.class)
			.isThrownBy(() -> nested.executeWithoutResult((status) -> {
			}));
		assertThat(database.recording().operations()).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void whenAnIsolationLevelIsAskedThenItIsRefused() {
		TransactionTemplate serializable = transactions();
		serializable.setIsolationLevel(TransactionDefinition.ISOLATION_SERIALIZABLE);
		assertThatExceptionOfType(InvalidIsolationLevelException.class)
			.isThrownBy(() -> serializable.executeWithoutResult((status) -> {
			}))
			.withMessageContaining("Remove the isolation attribute");
	}

	@Test
	void whenAReadOnlyTransactionWritesThenTheWriteIsRefused() {
		TransactionTemplate readOnly = transactions();
		readOnly.setReadOnly(true);
		readOnly.setName("ReportService.summary");
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> readOnly
				.executeWithoutResult((status) -> database.template().save(new Stock("read-only", 1))))
			.withMessageContaining("Put Stock [sku=read-only] on table 'stock' was refused")
			.withMessageContaining("'ReportService.summary' is read-only")
			.withMessageContaining("Remove readOnly = true");
		assertThat(database.recording().operations()).isEmpty();
	}

	@Test
	void whenSynchronizationsAreRegisteredThenAfterCommitRunsAfterTheCallSucceeded() {
		List<String> events = new ArrayList<>();
		transactions().executeWithoutResult((status) -> {
			database.template().save(new Stock("sync-sku", 5));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					events.add("beforeCommit, calls sent: " + database.recording().operations());
				}

				@Override
				public void afterCommit() {
					events.add("afterCommit, calls sent: " + database.recording().operations() + ", stored: "
							+ database.template().findById(Stock.class, "sync-sku").isPresent());
				}

				@Override
				public void afterCompletion(int status) {
					events.add("afterCompletion " + ((status == STATUS_COMMITTED) ? "committed" : "not committed"));
				}

			});
		});
		assertThat(events).containsExactly("beforeCommit, calls sent: []",
				"afterCommit, calls sent: [TransactWriteItems], stored: true", "afterCompletion committed");
	}

	@Test
	void whenBeforeCommitWritesThenTheWriteIsPartOfTheTransaction() {
		transactions().executeWithoutResult((status) -> {
			database.template().save(new Stock("before-1", 1));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void beforeCommit(boolean readOnly) {
					database.template().save(new Stock("before-2", 2));
				}

			});
		});
		assertThat(database.recording().operations()).containsExactly("TransactWriteItems");
		assertThat(database.recording().attempts(TransactWriteItemsRequest.class).get(0).transactItems()).hasSize(2);
	}

	@Test
	void whenAfterCommitWritesInTheFinishedTransactionThenTheWriteIsRefusedRatherThanLost() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> transactions().executeWithoutResult((status) -> {
				database.template().save(new Stock("first-sku", 1));
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void afterCommit() {
						database.template().save(new Stock("late-write-sku", 1));
					}

				});
			}))
			.withMessageContaining("Put Stock [sku=late-write-sku] on table 'stock' was refused")
			.withMessageContaining("has already committed or rolled back")
			.withMessageContaining("Propagation.REQUIRES_NEW");
		assertThat(database.template().findById(Stock.class, "first-sku")).isPresent();
		TransactionTemplate requiresNew = transactions();
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		transactions().executeWithoutResult((status) -> {
			database.template().save(new Stock("second-sku", 1));
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					requiresNew
						.executeWithoutResult((inner) -> database.template().save(new Stock("after-commit-sku", 1)));
				}

			});
		});
		assertThat(database.template().findById(Stock.class, "after-commit-sku")).isPresent();
	}

	@Test
	void whenTheCommitFailsThenTheErrorIsTranslatedAndSynchronizationsSeeARollback() {
		List<Integer> completions = new ArrayList<>();
		assertThatExceptionOfType(InvalidDataAccessResourceUsageException.class)
			.isThrownBy(() -> transactions().executeWithoutResult((status) -> {
				database.template().save(new Stock("missing-table-sku", 1));
				database.template().save(Customer.minimal("missing-table", "Ada"));
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void afterCompletion(int status) {
						completions.add(status);
					}

				});
			}))
			.withMessageContaining("TransactWriteItems failed");
		assertThat(completions).containsExactly(TransactionSynchronization.STATUS_ROLLED_BACK);
		assertThat(database.template().findById(Stock.class, "missing-table-sku")).isEmpty();
		assertThat(TransactionSynchronizationManager.getResourceMap()).isEmpty();
	}

	@Test
	void whenTheTimeoutHasPassedBeforeCommitThenNothingIsSent() {
		TransactionTemplate timed = transactions();
		timed.setTimeout(1);
		assertThatExceptionOfType(TransactionTimedOutException.class)
			.isThrownBy(() -> timed.executeWithoutResult((status) -> {
				database.template().save(new Stock("late-sku", 1));
				sleep(1100);
			}));
		assertThat(database.recording().operations()).isEmpty();
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void whenABatchWriteRunsInsideATransactionThenItsWritesAreHeldWithTheOthers() {
		database.template().save(new Stock("batch-old", 1));
		database.recording().clear();
		transactions().executeWithoutResult((status) -> {
			database.template().save(new CustomerAccount("batch-account", 0));
			database.template()
				.batchWrite(BatchWrite.create()
					.put(new Stock("batch-new-1", 1), new Stock("batch-new-2", 2))
					.delete(Stock.class, "batch-old", null));
			assertThat(database.recording().operations()).isEmpty();
		});
		assertThat(database.recording().operations()).containsExactly("TransactWriteItems");
		assertThat(database.recording().attempts(TransactWriteItemsRequest.class).get(0).transactItems()).hasSize(4);
		assertThat(database.template().findById(Stock.class, "batch-new-2")).contains(new Stock("batch-new-2", 2));
		assertThat(database.template().findById(Stock.class, "batch-old")).isEmpty();
	}

	@Test
	void whenDeletingOrUpdatingInsideATransactionThenNoItemIsReturned() {
		database.template().save(new Stock("returned-sku", 4));
		transactions().executeWithoutResult((status) -> {
			assertThat(database.template().deleteById(Stock.class, "returned-sku", null)).isEmpty();
			assertThat(database.template()
				.update(CustomerAccount.class, "returned-account", null, Update.update().add("orders", 1))
				.entity()).isEmpty();
		});
		assertThat(database.template().findById(Stock.class, "returned-sku")).isEmpty();
		assertThat(database.template().findById(CustomerAccount.class, "returned-account"))
			.contains(new CustomerAccount("returned-account", 1));
	}

	@Test
	void whenATransactionHasNoWritesThenNothingIsSent() {
		Optional<Stock> read = transactions().execute((status) -> database.template().findById(Stock.class, "nothing"));
		assertThat(read).isEmpty();
		assertThat(database.recording().operations()).containsExactly("GetItem");
	}

	private static TransactionTemplate transactions() {
		return new TransactionTemplate(manager);
	}

}
