/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.benchmarks.model.Workload;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.transaction.DynamoTransactionManager;
import io.dynamo.spring.transaction.TransactWrite;
import io.dynamo.spring.transaction.TransactWriteResult;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.annotation.EnableTransactionManagement;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contenders of {@link TransactionBenchmark} and {@link TransactionRounds}: a
 * transaction of {@value #WRITES} writes of small items (about 1 KB) over the same
 * {@link StubDynamoHttpClient}, through {@code @Transactional} (a Spring proxy,
 * {@link DynamoTransactionManager}, {@value #WRITES} {@code save} calls held and sent as
 * one {@code TransactWriteItems}), through the programmatic {@code transactWrite}, and as
 * a hand-built {@code TransactWriteItems} request on the raw client with hand-written
 * attribute-value mapping (the floor).
 *
 * @author dynamo-spring-boot authors
 */
final class TransactionContenders {

	static final int WRITES = 10;

	private final List<SmallItem> items = new ArrayList<>(WRITES);

	private final DynamoDbClient client;

	private final DynamoTemplate template;

	private final AnnotationConfigApplicationContext context;

	private final Writer writer;

	/**
	 * Build the client over the stub, the template, and a Spring context with transaction
	 * management on.
	 */
	TransactionContenders() {
		for (int i = 0; i < WRITES; i++) {
			this.items.add(Workload.SMALL.sample().apply(i));
		}
		Map<String, AttributeValue> item = Workload.SMALL.toItem().apply(this.items.get(0));
		this.client = BenchmarkClients.client(StubDynamoHttpClient.forItem(item, 1, Workload.SMALL.table(), false),
				new ExecutionInterceptor[0]);
		this.template = new DynamoTemplate(this.client, new DynamoMappingContext(TableNameResolver.NONE));
		this.context = new AnnotationConfigApplicationContext();
		this.context.registerBean(DynamoOperations.class, () -> this.template);
		this.context.registerBean("transactionManager", DynamoTransactionManager.class,
				() -> new DynamoTransactionManager(this.client));
		this.context.register(TransactionConfiguration.class);
		this.context.refresh();
		this.writer = this.context.getBean(Writer.class);
	}

	/**
	 * Close the context and the client.
	 */
	void close() {
		this.context.close();
		this.client.close();
	}

	/**
	 * The writes as a hand-built request on the raw client.
	 * @return the response
	 */
	TransactWriteItemsResponse raw() {
		List<TransactWriteItem> writes = new ArrayList<>(WRITES);
		for (SmallItem item : this.items) {
			Map<String, AttributeValue> attributes = Workload.SMALL.toItem().apply(item);
			writes.add(TransactWriteItem.builder()
				.put((put) -> put.tableName(Workload.SMALL.table()).item(attributes))
				.build());
		}
		return this.client.transactWriteItems(TransactWriteItemsRequest.builder()
			.transactItems(writes)
			.clientRequestToken(UUID.randomUUID().toString())
			.build());
	}

	/**
	 * The writes through {@code transactWrite}.
	 * @return the result
	 */
	TransactWriteResult programmatic() {
		TransactWrite write = TransactWrite.create();
		this.items.forEach(write::save);
		return this.template.transactWrite(write);
	}

	/**
	 * The writes as {@code save} calls inside a {@code @Transactional} method.
	 * @return the last entity written
	 */
	SmallItem annotated() {
		return this.writer.saveAll(this.items);
	}

	/**
	 * Spring's transaction management, as {@code @EnableTransactionManagement} in an
	 * application.
	 */
	@Configuration(proxyBeanMethods = false)
	@EnableTransactionManagement
	static class TransactionConfiguration {

		@Bean
		Writer writer(DynamoOperations operations) {
			return new Writer(operations);
		}

	}

	/**
	 * A service whose writes are grouped by {@code @Transactional}.
	 */
	public static class Writer {

		private final DynamoOperations operations;

		Writer(DynamoOperations operations) {
			this.operations = operations;
		}

		/**
		 * Save the items in one transaction.
		 * @param items the items
		 * @return the last item written
		 */
		@Transactional
		public SmallItem saveAll(List<SmallItem> items) {
			SmallItem last = null;
			for (SmallItem item : items) {
				last = this.operations.save(item);
			}
			return last;
		}

	}

}
