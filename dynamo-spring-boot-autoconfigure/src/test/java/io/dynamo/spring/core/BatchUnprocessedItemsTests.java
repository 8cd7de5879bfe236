/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.testentities.Chunk;
import io.dynamo.spring.testsupport.FakeBatchDynamo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Batches against a WireMock DynamoDB that returns a shrinking remainder of unprocessed
 * items, throttles, or never processes some items: nothing is dropped silently, counted
 * on the server side.
 *
 * @author dynamo-spring-boot authors
 */
class BatchUnprocessedItemsTests {

	private final FakeBatchDynamo fake = new FakeBatchDynamo();

	private final WireMockServer server = new WireMockServer(
			options().bindAddress("127.0.0.1").dynamicPort().extensions(this.fake));

	private DynamoDbClient client;

	private DynamoTemplate template;

	private final BatchOptions fast = BatchOptions.DEFAULT.withBackoff(Duration.ofMillis(1), Duration.ofMillis(20));

	@BeforeEach
	void start() {
		this.server.start();
		this.client = DynamoDbClient.builder()
			.endpointOverride(URI.create("http://127.0.0.1:" + this.server.port()))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration((overrides) -> overrides.retryStrategy(RetryMode.STANDARD))
			.build();
		this.template = new DynamoTemplate(this.client, new DynamoMappingContext(TableNameResolver.NONE),
				PageTokenCodec.withRandomKey(Duration.ofHours(1)), this.fast);
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.stop();
	}

	@Test
	void whenEveryRequestLeavesHalfUnprocessedThenOnlyTheRemainderIsResubmittedUntilAllTenThousandAreWritten() {
		List<Chunk> chunks = IntStream.range(0, 10_000).mapToObj((i) -> new Chunk("bulk", i, "x")).toList();
		BatchWriteResult result = this.template.batchWrite(BatchWrite.create().put(chunks));
		assertThat(result.written()).isEqualTo(10_000);
		assertThat(this.fake.written()).hasSize(10_000);
		assertThat(this.fake.duplicateWrites()).isZero();
		// 25 per request, half kept each time: 13 + 6 + 3 + 2 + 1 = 25 in 5 requests
		assertThat(this.fake.requests()).isEqualTo(400 * 5);
		assertThat(this.fake.received()).isEqualTo(10_000 + result.resubmitted());
		assertThat(result.resubmitted()).isEqualTo(400 * (12 + 6 + 3 + 1));
	}

	@Test
	void whenSomeItemsAreNeverProcessedThenTheExceptionListsExactlyThemAndTheRestIsWritten() {
		List<Chunk> chunks = new ArrayList<>();
		IntStream.range(0, 500).forEach((i) -> chunks.add(new Chunk("bulk", i, "x")));
		List<Chunk> poison = IntStream.range(0, 7).mapToObj((i) -> new Chunk("poison", i, "x")).toList();
		chunks.addAll(100, poison);
		BatchWriteIncompleteException ex = org.assertj.core.api.Assertions
			.catchThrowableOfType(BatchWriteIncompleteException.class, () -> this.template
				.batchWrite(BatchWrite.create().put(chunks), this.fast.withTimeBound(Duration.ofSeconds(10))));
		assertThat(ex).isNotNull();
		assertThat(ex.getUnwrittenPuts()).containsExactlyInAnyOrderElementsOf(poison);
		assertThat(ex.getUnwrittenDeletes()).isEmpty();
		assertThat(ex).hasMessageContaining("7 of 507 writes were not written: 7 not confirmed written within PT10S");
		assertThat(this.fake.written()).hasSize(500).noneMatch((key) -> key.contains("poison"));
	}

	@Test
	void whenTheBatchRequestIsThrottledThenItIsRetriedAndEverythingIsWritten() {
		this.fake.throttleFirst(5);
		List<Chunk> chunks = IntStream.range(0, 50).mapToObj((i) -> new Chunk("t", i, "x")).toList();
		BatchWriteResult result = this.template.batchWrite(BatchWrite.create().put(chunks),
				this.fast.withMaxParallelism(1));
		assertThat(result.written()).isEqualTo(50);
		assertThat(this.fake.written()).hasSize(50);
		assertThat(this.fake.requests()).isGreaterThan(5);
	}

	@Test
	void whenKeysAreLeftUnprocessedThenTheyAreRetriedUntilEveryItemIsRead() {
		List<DynamoKey> keys = IntStream.range(0, 1_000).mapToObj((i) -> DynamoKey.of("bulk", i)).toList();
		BatchGetResult result = this.template.batchGet(BatchGet.create().get(Chunk.class, keys));
		assertThat(result.get(Chunk.class)).hasSize(1_000).allMatch((chunk) -> chunk.payload().equals("from-fake"));
		assertThat(result.get(Chunk.class)).extracting(Chunk::seq).doesNotHaveDuplicates();
	}

	@Test
	void whenKeysAreNeverProcessedThenTheExceptionListsThemWithThePartialResult() {
		List<DynamoKey> keys = new ArrayList<>(
				IntStream.range(0, 30).mapToObj((i) -> DynamoKey.of("bulk", i)).toList());
		keys.add(DynamoKey.of("poison", 1));
		BatchGetIncompleteException ex = org.assertj.core.api.Assertions
			.catchThrowableOfType(BatchGetIncompleteException.class, () -> this.template
				.batchGet(BatchGet.create().get(Chunk.class, keys), this.fast.withTimeBound(Duration.ofSeconds(5))));
		assertThat(ex).isNotNull();
		assertThat(ex.getUnreadKeys()).containsExactly(new EntityKey(Chunk.class, DynamoKey.of("poison", 1)));
		assertThat(ex.getPartialResult().get(Chunk.class)).hasSize(30);
	}

	@Test
	void whenTheBoundIsReachedWhileThrottledThenNothingIsLostSilently() {
		this.fake.throttleFirst(Integer.MAX_VALUE);
		List<Chunk> chunks = IntStream.range(0, 40).mapToObj((i) -> new Chunk("t", i, "x")).toList();
		assertThatExceptionOfType(BatchWriteIncompleteException.class)
			.isThrownBy(() -> this.template.batchWrite(BatchWrite.create().put(chunks),
					this.fast.withTimeBound(Duration.ofMillis(200))))
			.withMessageContaining("40 of 40 writes were not written")
			.withMessageContaining("ProvisionedThroughputExceededException")
			.satisfies((ex) -> assertThat(ex.getUnwrittenPuts()).containsExactlyInAnyOrderElementsOf(chunks));
	}

}
