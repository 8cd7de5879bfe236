/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import io.dynamo.spring.expression.Update;
import io.dynamo.spring.metrics.DynamoMetricsInterceptor;
import io.dynamo.spring.metrics.DynamoRequests;
import io.dynamo.spring.testentities.Chunk;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import io.dynamo.spring.transaction.TransactGet;
import io.dynamo.spring.transaction.TransactWrite;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The template asks for consumed capacity itself, as it builds each request, when its
 * client has an interceptor that needs it, so that the interceptor has no request to
 * copy; and not otherwise.
 *
 * @author dynamo-spring-boot authors
 */
class ConsumedCapacityRequestTests {

	private static final List<String> OPERATIONS = List.of("PutItem", "GetItem", "UpdateItem", "Query", "Scan",
			"BatchWriteItem", "BatchGetItem", "TransactWriteItems", "TransactGetItems", "DeleteItem");

	private static EmbeddedDynamo local;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Customer.class, Chunk.class);
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	@Test
	void whenTheClientMeasuresConsumedCapacityThenEveryRequestOfTheTemplateAsksForItAsItIsBuilt() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		Recorder recorder = new Recorder();
		try (DynamoDbClient client = local.clientBuilder()
			.overrideConfiguration((overrides) -> overrides.addExecutionInterceptor(recorder)
				.addExecutionInterceptor(new DynamoMetricsInterceptor(registry, ObservationRegistry.NOOP, null)))
			.build()) {
			assertThat(DynamoRequests.consumedCapacityOf(client)).isEqualTo(ReturnConsumedCapacity.INDEXES);
			useEveryOperation(new DynamoTemplate(client, local.mappingContext()), "m");
			Map<String, ReturnConsumedCapacity> asked = recorder.asked();
			assertThat(asked.keySet()).containsAll(OPERATIONS);
			assertThat(asked).allSatisfy(
					(operation, value) -> assertThat(value).as(operation).isEqualTo(ReturnConsumedCapacity.INDEXES));
			assertThat(registry.get("dynamodb.capacity.consumed").tag("operation", "PutItem").counter().count())
				.isEqualTo(1.0);
		}
	}

	@Test
	void whenTheClientDoesNotMeasureConsumedCapacityThenTheTemplateDoesNotAskForIt() {
		Recorder recorder = new Recorder();
		try (DynamoDbClient client = local.clientBuilder()
			.overrideConfiguration((overrides) -> overrides.addExecutionInterceptor(recorder))
			.build()) {
			assertThat(DynamoRequests.consumedCapacityOf(client)).isNull();
			useEveryOperation(new DynamoTemplate(client, local.mappingContext()), "n");
			assertThat(recorder.operations).containsAll(OPERATIONS);
			assertThat(recorder.requests)
				.allSatisfy((request) -> assertThat(request.getValueForField("ReturnConsumedCapacity", String.class))
					.as(request.getClass().getSimpleName())
					.isEmpty());
		}
	}

	@Test
	void whenTheMetersDoNotAskForConsumedCapacityThenNoRequestAsksAndRequestsAreStillMeasured() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		Recorder recorder = new Recorder();
		Sent sent = new Sent();
		try (DynamoDbClient client = local.clientBuilder()
			.overrideConfiguration((overrides) -> overrides.addExecutionInterceptor(recorder)
				.addExecutionInterceptor(new DynamoMetricsInterceptor(registry, ObservationRegistry.NOOP, null, false))
				.addExecutionInterceptor(sent))
			.build()) {
			assertThat(DynamoRequests.consumedCapacityOf(client)).isNull();
			useEveryOperation(new DynamoTemplate(client, local.mappingContext()), "w");
			assertThat(recorder.operations).containsAll(OPERATIONS);
			assertThat(sent.requests).hasSameSizeAs(recorder.requests)
				.allSatisfy((request) -> assertThat(request.getValueForField("ReturnConsumedCapacity", String.class))
					.as(request.getClass().getSimpleName())
					.isEmpty());
			assertThat(registry.find("dynamodb.capacity.consumed").counters()).isEmpty();
			assertThat(registry.get("dynamodb.requests").tag("operation", "PutItem").timer().count()).isEqualTo(1);
			assertThat(registry.get("dynamodb.items").tag("operation", "Query").summary().count()).isEqualTo(1);
			// a request that asks for it itself is still recorded
			client.getItem((get) -> get.tableName(local.mappingContext().getEntity(Chunk.class).tableName())
				.key(Map.of("bucket", AttributeValue.fromS("w"), "seq", AttributeValue.fromN("1")))
				.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
			assertThat(registry.get("dynamodb.capacity.consumed")
				.tags("operation", "GetItem", "index", "total")
				.counter()
				.count()).isPositive();
		}
	}

	private static void useEveryOperation(DynamoTemplate template, String prefix) {
		template.save(Customer.minimal(prefix + "-1", "one"));
		template.findById(Customer.class, prefix + "-1");
		template.update(Customer.class, prefix + "-1", null, Update.update().set("name", "uno"));
		template.query(QuerySpec.of(Chunk.class, prefix)).toList();
		template.scan(ScanSpec.of(Customer.class)).toList();
		template.batchWrite(BatchWrite.create().put(new Chunk(prefix, 1, "c")));
		template.batchGet(BatchGet.create().get(Chunk.class, prefix, 1));
		template.transactWrite(TransactWrite.create().save(Customer.minimal(prefix + "-2", "two")));
		template.transactGet(TransactGet.create().get(Customer.class, prefix + "-2", null));
		template.deleteById(Customer.class, prefix + "-1", null);
	}

	/**
	 * Records every request as it is sent, after the interceptors before it modified it.
	 */
	private static final class Sent implements ExecutionInterceptor {

		private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

		@Override
		public void beforeMarshalling(Context.BeforeMarshalling context, ExecutionAttributes attributes) {
			this.requests.add(context.request());
		}

	}

	/**
	 * Records every request as the caller built it, before any interceptor modified it.
	 */
	private static final class Recorder implements ExecutionInterceptor {

		private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

		private final List<String> operations = new CopyOnWriteArrayList<>();

		@Override
		public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
			this.requests.add(context.request());
			this.operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
		}

		Map<String, ReturnConsumedCapacity> asked() {
			Map<String, ReturnConsumedCapacity> asked = new LinkedHashMap<>();
			for (int i = 0; i < this.requests.size(); i++) {
				asked.put(this.operations.get(i),
						this.requests.get(i)
							.getValueForField("ReturnConsumedCapacity", String.class)
							.map(ReturnConsumedCapacity::fromValue)
							.orElse(null));
			}
			return asked;
		}

	}

}
