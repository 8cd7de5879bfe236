/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.BatchWriteResult;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.TableSettings;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.ratelimit.CapacityRateLimitException;
import io.dynamo.spring.ratelimit.CapacityRateLimiter;
import io.dynamo.spring.ratelimit.CapacityRateLimiter.BucketState;
import io.dynamo.spring.ratelimit.RateLimitedDynamoDbAsyncClient;
import io.dynamo.spring.ratelimit.RateLimitingInterceptor;
import io.dynamo.spring.testentities.Blob;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.TransientDataAccessException;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.order;
import static io.dynamo.spring.autoconfigure.EmbeddedDynamoIntegrationTests.ordersTable;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests of {@link DynamoRateLimitAutoConfiguration} against the embedded DynamoDB engine
 * (settlement with real consumed capacity, bounded waits, non-blocking async callers) and
 * WireMock (backing off on real throttling errors).
 *
 * @author dynamo-spring-boot authors
 */
class DynamoRateLimitAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
				DynamoClientAutoConfiguration.class, DynamoRateLimitAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true");

	@Test
	void whenTheModeIsNoneThenNoLimiterIsConfigured() {
		this.contextRunner.run((context) -> {
			assertThat(context).doesNotHaveBean(CapacityRateLimiter.class);
			assertThat(context.getBean(DynamoDbAsyncClient.class))
				.isNotInstanceOf(RateLimitedDynamoDbAsyncClient.class);
		});
	}

	@Test
	void whenOnlyATableHasAModeThenOnlyThatTableIsLimited() {
		this.contextRunner
			.withPropertyValues("dynamo.rate-limit.tables.orders_t.mode=fixed",
					"dynamo.rate-limit.tables.orders_t.write-capacity=1000")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				client.createTable(ordersTable("orders_t"));
				client.createTable(ordersTable("orders_free"));
				client.putItem((put) -> put.tableName("orders_t").item(order("a", "1", 1)));
				client.putItem((put) -> put.tableName("orders_free").item(order("a", "1", 1)));
				Map<String, CapacityRateLimiter.TableState> state = context.getBean(CapacityRateLimiter.class).state();
				assertThat(state.get("orders_t").write().rate()).isEqualTo(1000);
				assertThat(state.get("orders_free").write()).isNull();
			});
	}

	@Test
	void whenAWriteConsumesMoreThanEstimatedThenTheRealCapacityIsChargedAsDebt() {
		this.contextRunner.withPropertyValues("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=100")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				client.createTable(ordersTable("orders_s"));
				client.putItem((put) -> put.tableName("orders_s")
					.item(Map.of("customer", AttributeValue.fromS("a"), "orderId", AttributeValue.fromS("1"), "blob",
							AttributeValue.fromS("x".repeat(200_000)))));
				// an update is estimated at one unit; the engine (as DynamoDB) reports
				// the ~196
				// units
				// of the whole item, and the limiter owes them (100 units refill per
				// second)
				client.updateItem((update) -> update.tableName("orders_s")
					.key(EmbeddedDynamoIntegrationTests.key("a", "1"))
					.updateExpression("SET flag = :f")
					.expressionAttributeValues(Map.of(":f", AttributeValue.fromBool(true))));
				assertThat(writeBucket(context.getBean(CapacityRateLimiter.class), "orders_s").availableUnits())
					.isLessThan(-100);
			});
	}

	@Test
	void whenASyncCallWouldWaitLongerThanTheMaximumThenItFailsBeforeSending() {
		this.contextRunner
			.withPropertyValues("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=1",
					"dynamo.rate-limit.max-wait=0s")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				// the table does not exist: a request that reached DynamoDB would fail
				// differently
				assertThatExceptionOfType(CapacityRateLimitException.class)
					.isThrownBy(() -> client.putItem((put) -> put.tableName("missing").item(order("a", "1", 1))))
					.withMessageContaining("table 'missing'");
			});
	}

	@Test
	void whenAnItemIsLargerThanTheBucketThenItIsWrittenOnceTheBucketIsFullAndTheDebtRefusesTheNextCall() {
		this.contextRunner
			.withPropertyValues("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=1",
					"dynamo.rate-limit.max-wait=2s")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				DynamoMappingContext mapping = new DynamoMappingContext(TableNameResolver.NONE);
				new DynamoTableAdmin(client, mapping, TableSettings.ON_DEMAND).createTable(Blob.class);
				DynamoTemplate template = new DynamoTemplate(client, mapping);
				String table = mapping.getEntity(Blob.class).tableName();
				// about 96 write units against a bucket of one: sent once the bucket is
				// full
				// (about a second, within max-wait), the rest owed
				template.save(new Blob("large", "x".repeat(98_000), "kept"));
				assertThat(template.findById(Blob.class, "large"))
					.hasValueSatisfying((blob) -> assertThat(blob.payload()).hasSize(98_000));
				assertThat(writeBucket(context.getBean(CapacityRateLimiter.class), table).availableUnits())
					.isLessThan(-90);
				// the next write would wait for the debt, about 95 s: refused at once,
				// and
				// the documented type is what the template's caller catches
				CapacityRateLimitException refused = null;
				try {
					template.save(new Blob("small", "x", "refused"));
				}
				catch (CapacityRateLimitException ex) {
					refused = ex;
				}
				assertThat(refused).isNotNull()
					.isInstanceOf(TransientDataAccessException.class)
					.hasMessageContaining("write rate limit of table '" + table + "'");
				assertThat(template.findById(Blob.class, "small")).isEmpty();
			});
	}

	@Test
	void whenTheLimiterRefusesABatchRequestThenTheBatchRetriesItAfterItsBackoff() {
		this.contextRunner
			.withPropertyValues("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=100",
					"dynamo.rate-limit.max-wait=0s")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				DynamoMappingContext mapping = new DynamoMappingContext(TableNameResolver.NONE);
				new DynamoTableAdmin(client, mapping, TableSettings.ON_DEMAND).createTable(Blob.class);
				DynamoTemplate template = new DynamoTemplate(client, mapping);
				// the bucket starts empty and max-wait is zero: the first request is
				// refused,
				// a later one finds the units the bucket gained meanwhile
				BatchWriteResult result = template.batchWrite(BatchWrite.create()
					.put(new Blob("b-1", "x", "n"), new Blob("b-2", "x", "n"), new Blob("b-3", "x", "n")));
				assertThat(result.written()).isEqualTo(3);
				BucketState write = writeBucket(context.getBean(CapacityRateLimiter.class),
						mapping.getEntity(Blob.class).tableName());
				assertThat(write.rejected()).isPositive();
			});
	}

	@Test
	void whenAnAsyncCallMustWaitThenTheCallerGetsAPendingFutureThatCompletesLater() {
		this.contextRunner.withPropertyValues("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=1")
			.run((context) -> {
				DynamoDbAsyncClient client = context.getBean(DynamoDbAsyncClient.class);
				assertThat(client).isInstanceOf(RateLimitedDynamoDbAsyncClient.class);
				client.createTable(ordersTable("orders_async_rl")).join();
				// the bucket starts empty: a 1-unit put at 1 unit/s waits about a second
				CompletableFuture<PutItemResponse> put = client
					.putItem((request) -> request.tableName("orders_async_rl").item(order("a", "1", 1)));
				assertThat(put).isNotDone();
				assertThat(put).succeedsWithin(Duration.ofSeconds(10));
				assertThat(writeBucket(context.getBean(CapacityRateLimiter.class), "orders_async_rl").totalWait())
					.isPositive();
			});
	}

	@Test
	void whenAMeterRegistryExistsThenWaitsAndRatesArePublished() {
		this.contextRunner.withBean(SimpleMeterRegistry.class)
			.withPropertyValues("dynamo.rate-limit.mode=fixed", "dynamo.rate-limit.write-capacity=1000")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				client.createTable(ordersTable("orders_rm"));
				client.putItem((put) -> put.tableName("orders_rm").item(order("a", "1", 1)));
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get("dynamodb.ratelimit.rate")
					.tags("table", "orders_rm", "capacity", "write")
					.gauge()
					.value()).isEqualTo(1000);
				assertThat(registry.get("dynamodb.ratelimit.wait").tag("table", "orders_rm").timer().count())
					.isEqualTo(1);
			});
	}

	@Test
	void whenDynamoDbThrottlesThenTheAdaptiveLimitOfThatTableCountsItAndStaysAtItsFloor() {
		WireMockServer server = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
		server.start();
		try {
			server.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(400)
				.withHeader("Content-Type", "application/x-amz-json-1.0")
				.withBody(DynamoMetricsWireMockTests.THROTTLED)));
			new ApplicationContextRunner()
				.withConfiguration(AutoConfigurations.of(DynamoClientAutoConfiguration.class,
						DynamoRateLimitAutoConfiguration.class))
				.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIABASEKEY000001",
						"dynamo.credentials.secret-key=base-secret", "dynamo.endpoint=" + server.baseUrl(),
						"dynamo.retries.max-attempts=1", "dynamo.rate-limit.mode=adaptive",
						"dynamo.rate-limit.max-write-capacity=1000", "dynamo.rate-limit.min-write-capacity=100")
				.run((context) -> {
					assertThat(context).hasSingleBean(RateLimitingInterceptor.class);
					DynamoDbClient client = context.getBean(DynamoDbClient.class);
					assertThatExceptionOfType(ProvisionedThroughputExceededException.class)
						.isThrownBy(() -> client.putItem((put) -> put.tableName("orders").item(order("a", "1", 1))));
					BucketState write = writeBucket(context.getBean(CapacityRateLimiter.class), "orders");
					assertThat(write.throttles()).isEqualTo(1);
					// an adaptive limit starts at its minimum, which a throttle cannot
					// lower
					assertThat(write.rate()).isEqualTo(100);
				});
		}
		finally {
			server.stop();
		}
	}

	private static BucketState writeBucket(CapacityRateLimiter limiter, String table) {
		return limiter.state().get(table).write();
	}

}
