/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.testentities.Chunk;
import io.dynamo.spring.testentities.Order;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.dao.InvalidDataAccessApiUsageException;

import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Queries, scans, counts, pages and page tokens against the embedded engine.
 *
 * @author dynamo-spring-boot authors
 */
class QueryAndScanTests {

	private static EmbeddedDynamo local;

	private static DynamoTemplate template;

	private static final AtomicInteger calls = new AtomicInteger();

	private static DynamoDbClient countingClient;

	private static DynamoTemplate counting;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Order.class, Chunk.class);
		template = local.template();
		List<Object> orders = new ArrayList<>();
		for (int i = 1; i <= 20; i++) {
			Order order = new Order("alice", String.format("o-%02d", i), (i % 2 == 0) ? "PAID" : "OPEN",
					BigDecimal.valueOf(i));
			order.setPlacedOn(String.format("2026-01-%02d", 21 - i));
			orders.add(order);
		}
		for (int i = 1; i <= 5; i++) {
			orders.add(new Order("bob", "b-" + i, "OPEN", BigDecimal.TEN));
		}
		String payload = "x".repeat(100 * 1024);
		IntStream.range(0, 15).forEach((i) -> orders.add(new Chunk("big", i, payload)));
		IntStream.range(0, 1000).forEach((i) -> orders.add(new Chunk("small", i, "p" + i)));
		template.batchWrite(BatchWrite.create().put(orders));
		countingClient = local.clientBuilder()
			.overrideConfiguration((overrides) -> overrides.addExecutionInterceptor(new ExecutionInterceptor() {
				@Override
				public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
					calls.incrementAndGet();
				}
			}))
			.build();
		counting = new DynamoTemplate(countingClient, local.mappingContext());
	}

	@AfterAll
	static void stop() {
		countingClient.close();
		local.close();
	}

	@Test
	void whenQueryingEachSortKeyConditionThenDynamoDbSelectsTheRightItems() {
		assertThat(ids(SortKeyCondition.eq("o-05"))).containsExactly("o-05");
		assertThat(ids(SortKeyCondition.lt("o-03"))).containsExactly("o-01", "o-02");
		assertThat(ids(SortKeyCondition.le("o-03"))).containsExactly("o-01", "o-02", "o-03");
		assertThat(ids(SortKeyCondition.gt("o-18"))).containsExactly("o-19", "o-20");
		assertThat(ids(SortKeyCondition.ge("o-18"))).containsExactly("o-18", "o-19", "o-20");
		assertThat(ids(SortKeyCondition.between("o-09", "o-11"))).containsExactly("o-09", "o-10", "o-11");
		assertThat(ids(SortKeyCondition.beginsWith("o-1"))).hasSize(10).allMatch((id) -> id.startsWith("o-1"));
	}

	@Test
	void whenQueryingInReverseThenItemsComeInDescendingOrder() {
		assertThat(template.query(QuerySpec.of(Order.class, "alice").reverse().limit(3)).map(Order::getOrderId))
			.containsExactly("o-20", "o-19", "o-18");
	}

	@Test
	void whenQueryingAGlobalIndexThenItsPartitionIsRead() {
		List<Order> open = template.query(QuerySpec.of(Order.class, "OPEN").index("byStatus")).toList();
		assertThat(open).hasSize(15).allMatch((order) -> order.getStatus().equals("OPEN"));
		// the index projects keys and total only
		assertThat(open).allMatch((order) -> order.getTotal() != null && order.getPlacedOn() == null);
		assertThat(
				template.query(QuerySpec.of(Order.class, "PAID").index("byStatus").sortKey(SortKeyCondition.gt("o-16")))
					.map(Order::getOrderId))
			.containsExactly("o-18", "o-20");
	}

	@Test
	void whenQueryingALocalIndexThenItsSortKeyOrdersTheItems() {
		List<String> ids = template
			.query(QuerySpec.of(Order.class, "alice")
				.index("byPlacedOn")
				.sortKey(SortKeyCondition.le("2026-01-03"))
				.consistentRead())
			.map(Order::getOrderId)
			.toList();
		assertThat(ids).containsExactly("o-20", "o-19", "o-18");
	}

	@Test
	void whenAConsistentReadTargetsAGlobalIndexThenItIsRefusedBeforeSending() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.query(QuerySpec.of(Order.class, "OPEN").index("byStatus").consistentRead()))
			.withMessageContaining("Consistent reads are not supported on global secondary index 'byStatus'");
	}

	@Test
	void whenAnIndexIsUnknownThenTheErrorListsTheIndexes() {
		assertThatExceptionOfType(InvalidDataAccessApiUsageException.class)
			.isThrownBy(() -> template.query(QuerySpec.of(Order.class, "x").index("byColour")))
			.withMessageContaining("Order has no index 'byColour'")
			.withMessageContaining("byStatus");
	}

	@Test
	void whenAFilterAndAProjectionAreSetThenOnlyMatchingItemsWithProjectedAttributesReturn() {
		List<Order> orders = template
			.query(QuerySpec.of(Order.class, "alice").filter(where("total").gt(17)).projection(Projection.of("total")))
			.toList();
		assertThat(orders).extracting(Order::getOrderId).containsExactly("o-18", "o-19", "o-20");
		assertThat(orders).allMatch((order) -> order.getStatus() == null && order.getCustomerId().equals("alice"));
	}

	@Test
	void whenLimitAndPageSizeDifferThenLimitCapsItemsAndPageSizeSizesRequests() {
		calls.set(0);
		List<Order> orders = counting.query(QuerySpec.of(Order.class, "alice").limit(7).pageSize(3)).toList();
		assertThat(orders).hasSize(7);
		assertThat(calls.get()).isEqualTo(3);
	}

	@Test
	void whenOnlyTheFirstItemIsTakenThenOnlyTheFirstPageIsFetched() {
		calls.set(0);
		assertThat(counting.query(QuerySpec.of(Chunk.class, "small").pageSize(10)).findFirst()).isPresent();
		assertThat(calls.get()).isEqualTo(1);
		calls.set(0);
		assertThat(counting.query(QuerySpec.of(Chunk.class, "small").pageSize(10)).limit(25).count()).isEqualTo(25);
		assertThat(calls.get()).isEqualTo(3);
	}

	@Test
	void whenItemsExceedOneMegabyteThenTheStreamCrossesDynamoDbsPageBoundary() {
		calls.set(0);
		List<Chunk> chunks = counting.query(QuerySpec.of(Chunk.class, "big")).toList();
		assertThat(chunks).extracting(Chunk::seq).containsExactlyElementsOf(IntStream.range(0, 15).boxed().toList());
		assertThat(calls.get()).isGreaterThan(1);
		DynamoPage<Chunk> first = template.queryPage(QuerySpec.of(Chunk.class, "big"), null);
		assertThat(first.items()).hasSizeLessThan(15);
		assertThat(first.hasNext()).isTrue();
	}

	@Test
	void whenPagingWithTokensThenEveryItemComesOnceAndTheLastPageHasNoToken() {
		List<String> ids = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			DynamoPage<Order> page = template.queryPage(QuerySpec.of(Order.class, "alice").pageSize(6), token);
			page.items().forEach((order) -> ids.add(order.getOrderId()));
			token = page.nextToken();
			pages++;
		}
		while (token != null);
		assertThat(ids).hasSize(20).doesNotHaveDuplicates();
		assertThat(pages).isBetween(4, 5);
	}

	@Test
	void whenAPageTokenIsTamperedWithThenItIsRefusedBeforeAnyCall() {
		String token = template.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), null).nextToken();
		char[] chars = token.toCharArray();
		chars[chars.length / 2] = (chars[chars.length / 2] == 'A') ? 'B' : 'A';
		DynamoTemplate offline = offlineTemplate(template);
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> offline.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), new String(chars)))
			.withMessageContaining("tampered with");
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> offline.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), token.substring(0, 20)))
			.withMessageContaining("truncated");
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> offline.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), "not a token!"))
			.withMessageContaining("not base64url");
	}

	@Test
	void whenAPageTokenOfAnotherQueryIsUsedThenItIsRefused() {
		String token = template.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), null).nextToken();
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> template.queryPage(QuerySpec.of(Order.class, "bob").pageSize(5), token))
			.withMessageContaining("issued for another query");
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> template.queryPage(QuerySpec.of(Order.class, "alice").reverse().pageSize(5), token))
			.withMessageContaining("issued for another query");
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> template.scanPage(ScanSpec.of(Order.class).pageSize(5), token))
			.withMessageContaining("issued for another query");
	}

	@Test
	void whenAPageTokenComesFromAnotherSecretOrExpiredThenItIsRefused() {
		MutableClock clock = new MutableClock();
		DynamoTemplate first = new DynamoTemplate(local.client(), local.mappingContext(),
				new PageTokenCodec("first-secret-0123456789".getBytes(java.nio.charset.StandardCharsets.UTF_8),
						Duration.ofMinutes(10), clock),
				BatchOptions.DEFAULT);
		DynamoTemplate second = new DynamoTemplate(local.client(), local.mappingContext(),
				new PageTokenCodec("second-secret-0123456789", Duration.ofHours(1)), BatchOptions.DEFAULT);
		String token = first.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), null).nextToken();
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> second.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), token))
			.withMessageContaining("issued with another secret");
		clock.advance(Duration.ofMinutes(9));
		assertThat(first.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), token).items()).hasSize(5);
		clock.advance(Duration.ofMinutes(2));
		assertThatExceptionOfType(InvalidPageTokenException.class)
			.isThrownBy(() -> first.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), token))
			.withMessageContaining("expired");
	}

	@Test
	void whenAPageTokenIsDecodedThenNoKeyValueIsReadableInIt() {
		String token = template.queryPage(QuerySpec.of(Order.class, "alice").pageSize(5), null).nextToken();
		String decoded = new String(java.util.Base64.getUrlDecoder().decode(token),
				java.nio.charset.StandardCharsets.ISO_8859_1);
		assertThat(decoded).doesNotContain("alice").doesNotContain("o-05").doesNotContain("customerId");
	}

	@Test
	void whenCountingThenNoItemIsLoadedAndTheNumberIsRight() {
		assertThat(template.count(QuerySpec.of(Order.class, "alice"))).isEqualTo(20);
		assertThat(template.count(QuerySpec.of(Order.class, "alice").filter(where("status").eq("PAID")))).isEqualTo(10);
		assertThat(template.count(QuerySpec.of(Chunk.class, "big"))).isEqualTo(15);
		assertThat(template.count(ScanSpec.of(Order.class))).isEqualTo(25);
		assertThat(template.count(ScanSpec.of(Order.class).filter(where("customerId").eq("bob")))).isEqualTo(5);
	}

	@Test
	void whenScanningThenEveryItemIsReadAndPagesChain() {
		assertThat(template.scan(ScanSpec.of(Order.class)).count()).isEqualTo(25);
		assertThat(template.scan(ScanSpec.of(Order.class).filter(where("total").eq(10)).limit(3)).toList()).hasSize(3);
		Set<String> seen = new HashSet<>();
		String token = null;
		do {
			DynamoPage<Order> page = template.scanPage(ScanSpec.of(Order.class).pageSize(7), token);
			page.items().forEach((order) -> assertThat(seen.add(order.getCustomerId() + order.getOrderId())).isTrue());
			token = page.nextToken();
		}
		while (token != null);
		assertThat(seen).hasSize(25);
	}

	@Test
	void whenScanningInParallelThenEveryItemComesExactlyOnce() {
		try (Stream<Chunk> chunks = template.parallelScan(ScanSpec.of(Chunk.class).pageSize(50), 4)) {
			List<String> keys = chunks.map((chunk) -> chunk.bucket() + "#" + chunk.seq()).toList();
			assertThat(keys).hasSize(1015).doesNotHaveDuplicates();
		}
		List<Stream<Chunk>> segments = template.scanSegments(ScanSpec.of(Chunk.class), 3);
		assertThat(segments).hasSize(3);
		Set<String> union = segments.stream()
			.flatMap((segment) -> segment)
			.map((chunk) -> chunk.bucket() + "#" + chunk.seq())
			.collect(Collectors.toSet());
		assertThat(union).hasSize(1015);
	}

	@Test
	void whenAParallelScanHasALimitThenItCapsTheMergedStream() {
		try (Stream<Chunk> chunks = template.parallelScan(ScanSpec.of(Chunk.class).pageSize(20).limit(10), 4)) {
			assertThat(chunks.toList()).hasSize(10);
		}
	}

	@Test
	void whenCountingASpecWithAProjectionThenTheProjectionIsLeftOut() {
		assertThat(template.count(QuerySpec.of(Order.class, "alice").projection(Projection.of("total")))).isEqualTo(20);
		assertThat(template.count(ScanSpec.of(Order.class).projection(Projection.of("total")))).isEqualTo(25);
	}

	@Test
	void whenAParallelScanIsClosedEarlyThenItStops() {
		try (Stream<Chunk> chunks = template.parallelScan(ScanSpec.of(Chunk.class).pageSize(10), 8)) {
			assertThat(chunks.limit(5).count()).isEqualTo(5);
		}
	}

	private static List<String> ids(SortKeyCondition condition) {
		return template.query(QuerySpec.of(Order.class, "alice").sortKey(condition)).map(Order::getOrderId).toList();
	}

	private static DynamoTemplate offlineTemplate(DynamoTemplate online) {
		// same mapping, a client pointing at a closed port: any call would fail
		// differently
		DynamoDbClient closed = DynamoDbClient.builder()
			.endpointOverride(java.net.URI.create("http://127.0.0.1:9"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.build();
		return new DynamoTemplate(closed, new DynamoMappingContext(TableNameResolver.NONE));
	}

	/**
	 * A clock a test moves forward.
	 */
	static final class MutableClock extends java.time.Clock {

		private java.time.Instant now = java.time.Instant.parse("2026-11-21T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public java.time.ZoneId getZone() {
			return java.time.ZoneOffset.UTC;
		}

		@Override
		public java.time.Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public java.time.Instant instant() {
			return this.now;
		}

	}

}
