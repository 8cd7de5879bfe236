/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.MutableClock;
import io.dynamo.embedded.support.StreamClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.DescribeStreamResponse;
import software.amazon.awssdk.services.dynamodb.model.ExpiredIteratorException;
import software.amazon.awssdk.services.dynamodb.model.GetRecordsResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ListStreamsResponse;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.Shard;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamStatus;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TrimmedDataAccessException;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * DynamoDB Streams through the SDK's streams client. dynalite has no streams, so each
 * test cites the documented rule it checks (DynamoDB Streams API reference and the
 * developer guide's "Change data capture for DynamoDB Streams").
 */
class StreamsTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T10:00:00.123Z"));

	private final DynamoEngine engine = DynamoEngine.builder().clock(this.clock).build();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	private final DynamoDbStreamsClient streams = StreamClients.inProcess(this.engine);

	@AfterEach
	void close() {
		this.streams.close();
		this.client.close();
		this.engine.close();
	}

	private TableDescription createTable(String name, StreamViewType viewType) {
		return this.client.createTable((t) -> {
			t.tableName(name)
				.attributeDefinitions((a) -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
						(a) -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
				.keySchema((k) -> k.attributeName("pk").keyType(KeyType.HASH),
						(k) -> k.attributeName("sk").keyType(KeyType.RANGE))
				.billingMode(BillingMode.PAY_PER_REQUEST);
			if (viewType != null) {
				t.streamSpecification((s) -> s.streamEnabled(true).streamViewType(viewType));
			}
		}).tableDescription();
	}

	private void put(String table, String pk, int sk, String note) {
		this.client.putItem((p) -> p.tableName(table).item(item(pk, sk, note)));
	}

	private static Map<String, AttributeValue> item(String pk, int sk, String note) {
		return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)), "note",
				AttributeValue.fromS(note));
	}

	private static Map<String, AttributeValue> key(String pk, int sk) {
		return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)));
	}

	private String streamArn(String table) {
		return this.client.describeTable((d) -> d.tableName(table)).table().latestStreamArn();
	}

	private Shard shard(String streamArn) {
		return this.streams.describeStream((d) -> d.streamArn(streamArn)).streamDescription().shards().get(0);
	}

	private String iterator(String streamArn, ShardIteratorType type, String sequenceNumber) {
		Shard shard = shard(streamArn);
		return this.streams
			.getShardIterator((g) -> g.streamArn(streamArn)
				.shardId(shard.shardId())
				.shardIteratorType(type)
				.sequenceNumber(sequenceNumber))
			.shardIterator();
	}

	private List<Record> readAll(String streamArn) {
		GetRecordsResponse page = this.streams
			.getRecords((g) -> g.shardIterator(iterator(streamArn, ShardIteratorType.TRIM_HORIZON, null)));
		return page.records();
	}

	// DescribeTable shows LatestStreamArn and LatestStreamLabel of the enabled stream;
	// ListStreams lists StreamArn, TableName and StreamLabel; DescribeStream shows
	// StreamStatus ENABLED, the view type, the key schema and the shards, an open shard
	// having a StartingSequenceNumber and no EndingSequenceNumber.
	@Test
	void streamOfNewTableIsListedAndDescribed() {
		TableDescription table = createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
		assertThat(table.latestStreamLabel()).isEqualTo("2026-01-05T10:00:00.123");
		assertThat(table.latestStreamArn()).isEqualTo(table.tableArn() + "/stream/2026-01-05T10:00:00.123");

		ListStreamsResponse listed = this.streams.listStreams((l) -> l.tableName("orders"));
		assertThat(listed.streams()).singleElement().satisfies((stream) -> {
			assertThat(stream.streamArn()).isEqualTo(table.latestStreamArn());
			assertThat(stream.tableName()).isEqualTo("orders");
			assertThat(stream.streamLabel()).isEqualTo(table.latestStreamLabel());
		});

		DescribeStreamResponse described = this.streams.describeStream((d) -> d.streamArn(table.latestStreamArn()));
		assertThat(described.streamDescription().streamStatus()).isEqualTo(StreamStatus.ENABLED);
		assertThat(described.streamDescription().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
		assertThat(described.streamDescription().tableName()).isEqualTo("orders");
		assertThat(described.streamDescription().streamLabel()).isEqualTo(table.latestStreamLabel());
		assertThat(described.streamDescription().keySchema()).extracting((k) -> k.attributeName() + ":" + k.keyType())
			.containsExactly("pk:HASH", "sk:RANGE");
		assertThat(described.streamDescription().shards()).singleElement().satisfies((shard) -> {
			assertThat(shard.shardId()).startsWith("shardId-");
			assertThat(shard.sequenceNumberRange().startingSequenceNumber()).hasSize(21);
			assertThat(shard.sequenceNumberRange().endingSequenceNumber()).isNull();
		});
	}

	// A table created without a StreamSpecification has no stream: nothing is listed and
	// DescribeTable has no LatestStreamArn.
	@Test
	void tableWithoutStreamHasNone() {
		TableDescription table = createTable("plain", null);
		put("plain", "a", 1, "x");
		assertThat(table.latestStreamArn()).isNull();
		assertThat(this.streams.listStreams((l) -> l.tableName("plain")).streams()).isEmpty();
	}

	// Each record has eventName INSERT, MODIFY or REMOVE, eventSource aws:dynamodb, the
	// region, and a dynamodb member with the Keys, the images of the view type, a
	// SequenceNumber (21 to 40 digits, increasing in the shard), SizeBytes (at least 1)
	// and ApproximateCreationDateTime rounded down to the second. An item's records
	// appear in the order of its modifications. User writes carry no userIdentity.
	@Test
	void putUpdateDeleteAreRecordedInOrderWithBothImages() {
		createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
		put("orders", "a", 1, "first");
		this.clock.advance(Duration.ofMillis(1500));
		this.client.updateItem((u) -> u.tableName("orders")
			.key(key("a", 1))
			.updateExpression("SET note = :n")
			.expressionAttributeValues(Map.of(":n", AttributeValue.fromS("second"))));
		this.client.deleteItem((d) -> d.tableName("orders").key(key("a", 1)));

		List<Record> records = readAll(streamArn("orders"));
		assertThat(records).extracting(Record::eventName)
			.containsExactly(OperationType.INSERT, OperationType.MODIFY, OperationType.REMOVE);
		Record insert = records.get(0);
		assertThat(insert.eventSource()).isEqualTo("aws:dynamodb");
		assertThat(insert.awsRegion()).isEqualTo("us-east-1");
		assertThat(insert.eventID()).isNotBlank();
		assertThat(insert.userIdentity()).isNull();
		assertThat(insert.dynamodb().keys()).isEqualTo(key("a", 1));
		assertThat(insert.dynamodb().newImage()).isEqualTo(item("a", 1, "first"));
		assertThat(insert.dynamodb().hasOldImage()).isFalse();
		assertThat(insert.dynamodb().streamViewType()).isEqualTo(StreamViewType.NEW_AND_OLD_IMAGES);
		assertThat(insert.dynamodb().sizeBytes()).isPositive();
		assertThat(insert.dynamodb().approximateCreationDateTime()).isEqualTo(Instant.parse("2026-01-05T10:00:00Z"));
		Record modify = records.get(1);
		assertThat(modify.dynamodb().oldImage()).isEqualTo(item("a", 1, "first"));
		assertThat(modify.dynamodb().newImage()).isEqualTo(item("a", 1, "second"));
		assertThat(modify.dynamodb().approximateCreationDateTime()).isEqualTo(Instant.parse("2026-01-05T10:00:01Z"));
		Record remove = records.get(2);
		assertThat(remove.dynamodb().oldImage()).isEqualTo(item("a", 1, "second"));
		assertThat(remove.dynamodb().hasNewImage()).isFalse();
		assertThat(records).extracting((r) -> r.dynamodb().sequenceNumber()).isSorted().doesNotHaveDuplicates();
		assertThat(records).extracting(Record::eventID).doesNotHaveDuplicates();
	}

	// StreamViewType decides what a record holds: KEYS_ONLY the key attributes only,
	// NEW_IMAGE the item after, OLD_IMAGE the item before, NEW_AND_OLD_IMAGES both.
	@ParameterizedTest
	@EnumSource(value = StreamViewType.class, names = { "KEYS_ONLY", "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES" })
	void viewTypeDecidesTheImages(StreamViewType viewType) {
		createTable("orders", viewType);
		put("orders", "a", 1, "first");
		put("orders", "a", 1, "second");

		Record modify = readAll(streamArn("orders")).get(1);
		assertThat(modify.eventName()).isEqualTo(OperationType.MODIFY);
		assertThat(modify.dynamodb().keys()).isEqualTo(key("a", 1));
		assertThat(modify.dynamodb().streamViewType()).isEqualTo(viewType);
		boolean newImage = viewType == StreamViewType.NEW_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
		boolean oldImage = viewType == StreamViewType.OLD_IMAGE || viewType == StreamViewType.NEW_AND_OLD_IMAGES;
		assertThat(modify.dynamodb().hasNewImage()).isEqualTo(newImage);
		assertThat(modify.dynamodb().hasOldImage()).isEqualTo(oldImage);
		if (newImage) {
			assertThat(modify.dynamodb().newImage()).isEqualTo(item("a", 1, "second"));
		}
		if (oldImage) {
			assertThat(modify.dynamodb().oldImage()).isEqualTo(item("a", 1, "first"));
		}
	}

	// "If you perform a PutItem or UpdateItem operation that does not change any data in
	// an item, DynamoDB Streams does not write a stream record for that operation."
	// (developer guide, Change data capture for DynamoDB Streams); a delete of a missing
	// item modifies nothing either.
	@Test
	void writeThatChangesNothingWritesNoRecord() {
		createTable("orders", StreamViewType.NEW_AND_OLD_IMAGES);
		put("orders", "a", 1, "same");
		put("orders", "a", 1, "same");
		this.client.updateItem((u) -> u.tableName("orders")
			.key(key("a", 1))
			.updateExpression("SET note = :n")
			.expressionAttributeValues(Map.of(":n", AttributeValue.fromS("same"))));
		this.client.deleteItem((d) -> d.tableName("orders").key(key("missing", 1)));

		assertThat(readAll(streamArn("orders"))).extracting(Record::eventName).containsExactly(OperationType.INSERT);
	}

	// GetShardIterator: TRIM_HORIZON starts at the oldest untrimmed record, LATEST just
	// after the most recent one, AT_SEQUENCE_NUMBER exactly at a record and
	// AFTER_SEQUENCE_NUMBER right after it.
	@Test
	void shardIteratorTypesStartWhereDocumented() {
		createTable("orders", StreamViewType.KEYS_ONLY);
		for (int i = 1; i <= 3; i++) {
			put("orders", "a", i, "n");
		}
		String arn = streamArn("orders");
		List<Record> all = readAll(arn);
		assertThat(all).hasSize(3);
		String second = all.get(1).dynamodb().sequenceNumber();

		String latest = iterator(arn, ShardIteratorType.LATEST, null);
		put("orders", "a", 4, "n");
		assertThat(this.streams.getRecords((g) -> g.shardIterator(latest)).records())
			.extracting((r) -> r.dynamodb().keys().get("sk").n())
			.containsExactly("4");
		assertThat(records(iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, second))).containsExactly("2", "3", "4");
		assertThat(records(iterator(arn, ShardIteratorType.AFTER_SEQUENCE_NUMBER, second))).containsExactly("3", "4");
		assertThat(records(iterator(arn, ShardIteratorType.TRIM_HORIZON, null))).containsExactly("1", "2", "3", "4");
	}

	private List<String> records(String iterator) {
		return this.streams.getRecords((g) -> g.shardIterator(iterator))
			.records()
			.stream()
			.map((r) -> r.dynamodb().keys().get("sk").n())
			.toList();
	}

	// GetRecords returns at most Limit records and a NextShardIterator to go on from; an
	// open shard always has a next iterator (an empty page when nothing new arrived).
	@Test
	void getRecordsPagesByLimitWithNextShardIterator() {
		createTable("orders", StreamViewType.KEYS_ONLY);
		for (int i = 1; i <= 5; i++) {
			put("orders", "a", i, "n");
		}
		String iterator = iterator(streamArn("orders"), ShardIteratorType.TRIM_HORIZON, null);
		List<Integer> pageSizes = new ArrayList<>();
		for (int page = 0; page < 4; page++) {
			String current = iterator;
			GetRecordsResponse response = this.streams.getRecords((g) -> g.shardIterator(current).limit(2));
			pageSizes.add(response.records().size());
			assertThat(response.nextShardIterator()).isNotNull();
			iterator = response.nextShardIterator();
		}
		assertThat(pageSizes).containsExactly(2, 2, 1, 0);
		put("orders", "a", 6, "n");
		String next = iterator;
		assertThat(this.streams.getRecords((g) -> g.shardIterator(next)).records()).hasSize(1);
	}

	// Disabling a stream (UpdateTable StreamEnabled false) makes it DISABLED and closes
	// its
	// shard (an EndingSequenceNumber); its records stay readable for 24 hours and a
	// closed shard read to its end has no NextShardIterator. Enabling again creates a new
	// stream with a new label and ARN, shown in DescribeTable.
	@Test
	void disablingClosesTheStreamAndEnablingMakesANewOne() {
		createTable("orders", StreamViewType.KEYS_ONLY);
		put("orders", "a", 1, "n");
		String first = streamArn("orders");
		this.clock.advance(Duration.ofSeconds(5));
		this.client.updateTable((u) -> u.tableName("orders").streamSpecification((s) -> s.streamEnabled(false)));
		put("orders", "a", 2, "not recorded");

		DescribeStreamResponse closed = this.streams.describeStream((d) -> d.streamArn(first));
		assertThat(closed.streamDescription().streamStatus()).isEqualTo(StreamStatus.DISABLED);
		assertThat(closed.streamDescription().shards().get(0).sequenceNumberRange().endingSequenceNumber()).isNotNull();
		GetRecordsResponse rest = this.streams
			.getRecords((g) -> g.shardIterator(iterator(first, ShardIteratorType.TRIM_HORIZON, null)));
		assertThat(rest.records()).hasSize(1);
		assertThat(rest.nextShardIterator()).isNull();

		this.clock.advance(Duration.ofSeconds(5));
		TableDescription enabled = this.client
			.updateTable((u) -> u.tableName("orders")
				.streamSpecification((s) -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE)))
			.tableDescription();
		assertThat(enabled.latestStreamArn()).isNotEqualTo(first);
		assertThat(enabled.latestStreamLabel()).isEqualTo("2026-01-05T10:00:10.123");
		put("orders", "a", 3, "n");
		assertThat(readAll(enabled.latestStreamArn())).singleElement()
			.satisfies((r) -> assertThat(r.dynamodb().newImage()).containsKey("note"));
		assertThat(this.streams.listStreams((l) -> l.tableName("orders")).streams()).extracting((s) -> s.streamArn())
			.containsExactly(first, enabled.latestStreamArn());
	}

	// ListStreams returns at most Limit streams and LastEvaluatedStreamArn to go on from
	// with ExclusiveStartStreamArn; TableName keeps the streams of that table only.
	@Test
	void listStreamsPagesAndFiltersByTable() {
		createTable("alpha", StreamViewType.KEYS_ONLY);
		createTable("beta", StreamViewType.KEYS_ONLY);
		createTable("gamma", StreamViewType.KEYS_ONLY);
		createTable("plain", null);

		ListStreamsResponse first = this.streams.listStreams((l) -> l.limit(2));
		assertThat(first.streams()).extracting((s) -> s.tableName()).containsExactly("alpha", "beta");
		assertThat(first.lastEvaluatedStreamArn()).isEqualTo(first.streams().get(1).streamArn());
		ListStreamsResponse second = this.streams
			.listStreams((l) -> l.limit(2).exclusiveStartStreamArn(first.lastEvaluatedStreamArn()));
		assertThat(second.streams()).extracting((s) -> s.tableName()).containsExactly("gamma");
		assertThat(second.lastEvaluatedStreamArn()).isNull();
		assertThat(this.streams.listStreams((l) -> l.tableName("beta")).streams()).extracting((s) -> s.tableName())
			.containsExactly("beta");
	}

	// Stream records are kept 24 hours: older ones are trimmed, TRIM_HORIZON starts after
	// them, and reading from a position before the trim point is a
	// TrimmedDataAccessException.
	@Test
	void recordsOlderThan24HoursAreTrimmed() {
		createTable("orders", StreamViewType.KEYS_ONLY);
		put("orders", "a", 1, "n");
		String arn = streamArn("orders");
		String oldest = readAll(arn).get(0).dynamodb().sequenceNumber();
		this.clock.advance(Duration.ofHours(23));
		put("orders", "a", 2, "n");
		this.clock.advance(Duration.ofHours(2));

		assertThat(records(iterator(arn, ShardIteratorType.TRIM_HORIZON, null))).containsExactly("2");
		assertThatExceptionOfType(TrimmedDataAccessException.class)
			.isThrownBy(() -> iterator(arn, ShardIteratorType.AT_SEQUENCE_NUMBER, oldest));
	}

	// "A shard iterator expires 15 minutes after it is returned to the requester"
	// (GetShardIterator); GetRecords then fails with ExpiredIteratorException.
	@Test
	void shardIteratorExpiresAfter15Minutes() {
		createTable("orders", StreamViewType.KEYS_ONLY);
		String iterator = iterator(streamArn("orders"), ShardIteratorType.TRIM_HORIZON, null);
		this.clock.advance(Duration.ofMinutes(14));
		assertThat(this.streams.getRecords((g) -> g.shardIterator(iterator)).records()).isEmpty();
		this.clock.advance(Duration.ofMinutes(2));
		assertThatExceptionOfType(ExpiredIteratorException.class)
			.isThrownBy(() -> this.streams.getRecords((g) -> g.shardIterator(iterator)));
	}

	// DescribeStream of a stream that does not exist is a ResourceNotFoundException.
	@Test
	void unknownStreamIsNotFound() {
		assertThatExceptionOfType(ResourceNotFoundException.class).isThrownBy(() -> this.streams.describeStream((d) -> d
			.streamArn("arn:aws:dynamodb:us-east-1:000000000000:table/none/stream/2026-01-01T00:00:00.000")));
	}

	// Deleting a table disables its stream; the stream's records stay readable (24
	// hours).
	@Test
	void deletedTableLeavesItsStreamReadableAndDisabled() {
		createTable("orders", StreamViewType.KEYS_ONLY);
		put("orders", "a", 1, "n");
		String arn = streamArn("orders");
		this.client.deleteTable((d) -> d.tableName("orders"));

		assertThat(this.streams.describeStream((d) -> d.streamArn(arn)).streamDescription().streamStatus())
			.isEqualTo(StreamStatus.DISABLED);
		assertThat(readAll(arn)).hasSize(1);
		this.clock.advance(Duration.ofHours(25));
		assertThat(this.streams.listStreams((l) -> l.tableName("orders")).streams()).isEmpty();
	}

}
