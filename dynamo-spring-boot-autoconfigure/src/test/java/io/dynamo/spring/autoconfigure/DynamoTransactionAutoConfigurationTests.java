/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.transaction.CustomerAccount;
import io.dynamo.spring.transaction.DynamoTransactionManager;
import io.dynamo.spring.transaction.Stock;
import io.dynamo.spring.transaction.TransactGet;
import io.dynamo.spring.transaction.TransactWriteExecutor;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Tests for {@link DynamoTransactionAutoConfiguration}: {@code @Transactional} with only
 * the starter, beside a JDBC transaction manager, the properties and backing off.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoTransactionAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class,
						DynamoDataAutoConfiguration.class, DynamoTransactionAutoConfiguration.class,
						TransactionManagerCustomizationAutoConfiguration.class, TransactionAutoConfiguration.class))
		.withUserConfiguration(ServiceConfiguration.class)
		.withPropertyValues("dynamo.embedded.enabled=true");

	@Test
	void whenOnlyTheStarterIsPresentThenTransactionalGroupsTheWritesWithTheDynamoTransactionManager() {
		this.contextRunner.run((context) -> {
			createTables(context);
			assertThat(context).hasBean("dynamoTransactionManager").hasSingleBean(TransactionTemplate.class);
			assertThat(context.getBean(PlatformTransactionManager.class))
				.isSameAs(context.getBean("dynamoTransactionManager"));
			StockService service = context.getBean(StockService.class);
			assertThat(service.saveTwoAndReadTheFirst("only-1", "only-2")).isFalse();
			DynamoOperations operations = context.getBean(DynamoOperations.class);
			assertThat(operations.findById(Stock.class, "only-1")).isPresent();
			assertThat(operations.findById(Stock.class, "only-2")).isPresent();
		});
	}

	@Test
	void whenATransactionalMethodThrowsThenNothingIsWritten() {
		this.contextRunner.run((context) -> {
			createTables(context);
			StockService service = context.getBean(StockService.class);
			assertThatIllegalStateException().isThrownBy(() -> service.saveAndFail("failed-1"));
			assertThat(context.getBean(DynamoOperations.class).findById(Stock.class, "failed-1")).isEmpty();
		});
	}

	@Test
	void whenAJdbcTransactionManagerIsPresentThenItStaysTheDefaultAndOursIsReachedByName() {
		this.contextRunner
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
					DataSourceTransactionManagerAutoConfiguration.class))
			.run((context) -> {
				createTables(context);
				assertThat(context).hasBean("transactionManager").hasBean("dynamoTransactionManager");
				assertThat(context.getBean(PlatformTransactionManager.class))
					.isInstanceOf(JdbcTransactionManager.class);
				StockService service = context.getBean(StockService.class);
				// the JDBC transaction does not hold DynamoDB writes: they go out at once
				assertThat(service.saveTwoAndReadTheFirst("jdbc-1", "jdbc-2")).isTrue();
				// by name, writes are held and sent together at commit
				assertThat(service.saveTwoByNameAndReadTheFirst("named-1", "named-2")).isFalse();
				assertThat(context.getBean(DynamoOperations.class).findById(Stock.class, "named-2")).isPresent();
			});
	}

	@Test
	void whenATransactionalEventListenerListensAfterCommitThenTheWritesAreStoredWhenItRuns() {
		this.contextRunner.withUserConfiguration(ListenerConfiguration.class).run((context) -> {
			createTables(context);
			context.getBean(StockService.class).saveAndPublish("event-1");
			assertThat(context.getBean(StoredWhenCommitted.class).seen).containsExactly("event-1 stored: true");
		});
	}

	@Test
	void whenMetersAreOnThenTransactionsAppearWithTheirConsumedCapacity() {
		this.contextRunner.withConfiguration(AutoConfigurations.of(DynamoMetricsAutoConfiguration.class))
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> {
				createTables(context);
				context.getBean(StockService.class).saveTwoAndReadTheFirst("metered-1", "metered-2");
				context.getBean(DynamoOperations.class)
					.transactGet(TransactGet.create().get(Stock.class, "metered-1", null));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(consumed(registry, "TransactWriteItems", "write")).isPositive();
				assertThat(consumed(registry, "TransactGetItems", "read")).isPositive();
			});
	}

	@Test
	void whenTransactionsAreDisabledThenNoDynamoTransactionManagerIsDefined() {
		this.contextRunner.withPropertyValues("dynamo.transactions.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(DynamoTransactionManager.class)
				.hasSingleBean(TransactWriteExecutor.class));
	}

	@Test
	void whenTheUserDefinesADynamoTransactionManagerThenTheAutoConfiguredOneBacksOff() {
		this.contextRunner.withUserConfiguration(UserTransactionManagerConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(DynamoTransactionManager.class).hasBean("userTransactionManager");
			assertThat(context).doesNotHaveBean("dynamoTransactionManager");
		});
	}

	@Test
	void whenRetriesAndDefaultTimeoutAreSetThenTheExecutorAndTheManagerUseThem() {
		this.contextRunner
			.withPropertyValues("dynamo.transactions.conflict-retries=7", "dynamo.transactions.conflict-backoff=5ms",
					"spring.transaction.default-timeout=30s")
			.run((context) -> {
				TransactWriteExecutor executor = context.getBean(TransactWriteExecutor.class);
				assertThat(executor.getConflictRetries()).isEqualTo(7);
				assertThat(executor.getConflictBackoff()).hasMillis(5);
				assertThat(executor.getClient()).isSameAs(context.getBean(DynamoDbClient.class));
				assertThat(context.getBean(DynamoTransactionManager.class).getDefaultTimeout()).isEqualTo(30);
			});
	}

	@Test
	void whenConflictRetriesAreNegativeThenStartUpFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("dynamo.transactions.conflict-retries=-1")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(InvalidDynamoPropertyException.class)
				.hasMessageContaining("dynamo.transactions.conflict-retries"));
	}

	private static double consumed(MeterRegistry registry, String operation, String capacity) {
		return Search.in(registry)
			.name("dynamodb.capacity.consumed")
			.tags("operation", operation, "capacity", capacity)
			.counters()
			.stream()
			.mapToDouble(Counter::count)
			.sum();
	}

	private static void createTables(AssertableApplicationContext context) {
		DynamoTableAdmin admin = context.getBean(DynamoTableAdmin.class);
		admin.createTable(Stock.class);
		admin.createTable(CustomerAccount.class);
	}

	@Configuration(proxyBeanMethods = false)
	static class ServiceConfiguration {

		@Bean
		StockService stockService(DynamoOperations operations, ApplicationEventPublisher events) {
			return new StockService(operations, events);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerConfiguration {

		@Bean
		StoredWhenCommitted storedWhenCommitted(DynamoOperations operations) {
			return new StoredWhenCommitted(operations);
		}

	}

	record StockSaved(String sku) {

	}

	static class StoredWhenCommitted {

		final List<String> seen = new CopyOnWriteArrayList<>();

		private final DynamoOperations operations;

		StoredWhenCommitted(DynamoOperations operations) {
			this.operations = operations;
		}

		@TransactionalEventListener
		void onSaved(StockSaved event) {
			this.seen.add(event.sku() + " stored: " + this.operations.findById(Stock.class, event.sku()).isPresent());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserTransactionManagerConfiguration {

		@Bean
		DynamoTransactionManager userTransactionManager(DynamoDbClient client) {
			return new DynamoTransactionManager(client);
		}

	}

	static class StockService {

		private final DynamoOperations operations;

		private final ApplicationEventPublisher events;

		StockService(DynamoOperations operations, ApplicationEventPublisher events) {
			this.operations = operations;
			this.events = events;
		}

		@Transactional
		public void saveAndPublish(String sku) {
			this.operations.save(new Stock(sku, 1));
			this.events.publishEvent(new StockSaved(sku));
		}

		@Transactional
		public boolean saveTwoAndReadTheFirst(String first, String second) {
			return saveTwoAndRead(first, second);
		}

		@Transactional("dynamoTransactionManager")
		public boolean saveTwoByNameAndReadTheFirst(String first, String second) {
			return saveTwoAndRead(first, second);
		}

		@Transactional
		public void saveAndFail(String sku) {
			this.operations.save(new Stock(sku, 1));
			throw new IllegalStateException("out of paper");
		}

		private boolean saveTwoAndRead(String first, String second) {
			assertThat(TransactionSynchronizationManager.isActualTransactionActive()).isTrue();
			this.operations.save(new Stock(first, 1));
			this.operations.save(new Stock(second, 2));
			return this.operations.findById(Stock.class, first).isPresent();
		}

	}

}
