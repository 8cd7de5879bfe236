/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expiry;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.MutableClock;
import io.dynamo.embedded.support.StreamClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.OperationType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.Record;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.ShardIteratorType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.streams.DynamoDbStreamsClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time to live through the SDK client, with a test clock and
 * {@link DynamoEngine#expireItems()} (the background sweep is off). dynalite has no TTL
 * expiry, so each test cites the documented rule (developer guide, "Time to Live (TTL)";
 * UpdateTimeToLive).
 */
class ExpiryTests {

	private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

	private final MutableClock clock = new MutableClock(START);

	private final DynamoEngine engine = DynamoEngine.builder()
		.clock(this.clock)
		.expirySweepInterval(Duration.ZERO)
		.build();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	private final DynamoDbStreamsClient streams = StreamClients.inProcess(this.engine);

	@AfterEach
	void close() {
		this.streams.close();
		this.client.close();
		this.engine.close();
	}

	private void createSessions(boolean ttl) {
		this.client.createTable((t) -> t.tableName("sessions")
			.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S),
					(a) -> a.attributeName("user").attributeType(ScalarAttributeType.S))
			.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
			.globalSecondaryIndexes((g) -> g.indexName("byUser")
				.keySchema((k) -> k.attributeName("user").keyType(KeyType.HASH))
				.projection((p) -> p.projectionType(ProjectionType.ALL)))
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.streamSpecification((s) -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_AND_OLD_IMAGES)));
		if (ttl) {
			this.client.updateTimeToLive((u) -> u.tableName("sessions")
				.timeToLiveSpecification((s) -> s.attributeName("expires").enabled(true)));
		}
	}

	private void put(String id, AttributeValue expires) {
		Map<String, AttributeValue> item = (expires != null)
				? Map.of("id", AttributeValue.fromS(id), "user", AttributeValue.fromS("u"), "expires", expires)
				: Map.of("id", AttributeValue.fromS(id), "user", AttributeValue.fromS("u"));
		this.client.putItem((p) -> p.tableName("sessions").item(item));
	}

	private static AttributeValue epoch(Instant instant) {
		return AttributeValue.fromN(Long.toString(instant.getEpochSecond()));
	}

	private boolean exists(String id) {
		return this.client.getItem((g) -> g.tableName("sessions").key(Map.of("id", AttributeValue.fromS(id))))
			.hasItem();
	}

	private List<Record> records() {
		String arn = this.client.describeTable((d) -> d.tableName("sessions")).table().latestStreamArn();
		String shardId = this.streams.describeStream((d) -> d.streamArn(arn))
			.streamDescription()
			.shards()
			.get(0)
			.shardId();
		String iterator = this.streams
			.getShardIterator(
					(g) -> g.streamArn(arn).shardId(shardId).shardIteratorType(ShardIteratorType.TRIM_HORIZON))
			.shardIterator();
		return this.streams.getRecords((g) -> g.shardIterator(iterator)).records();
	}

	// "TTL compares the current time in epoch time format to the time stored in the TTL
	// attribute of an item. If the epoch time value stored in the attribute is less than
	// the current time, the item is marked as expired and subsequently deleted."
	// (UpdateTimeToLive). Items not yet expired stay.
	@Test
	void itemWhoseTimeHasPassedIsRemoved() {
		createSessions(true);
		put("old", epoch(START.minusSeconds(1)));
		put("future", epoch(START.plusSeconds(60)));

		assertThat(this.engine.expireItems()).isEqualTo(1);
		assertThat(exists("old")).isFalse();
		assertThat(exists("future")).isTrue();

		this.clock.advance(Duration.ofSeconds(61));
		assertThat(this.engine.expireItems()).isEqualTo(1);
		assertThat(exists("future")).isFalse();
	}

	// "Once deleted, items go into DynamoDB Streams as service deletions instead of user
	// deletes": a REMOVE record whose userIdentity has type "Service" and principalId
	// "dynamodb.amazonaws.com" (Streams API, Identity and Record.userIdentity).
	@Test
	void removalIsAServiceDeletionInTheStream() {
		createSessions(true);
		put("old", epoch(START.minusSeconds(10)));
		put("mine", null);
		this.client.deleteItem((d) -> d.tableName("sessions").key(Map.of("id", AttributeValue.fromS("mine"))));
		this.engine.expireItems();

		List<Record> records = records();
		assertThat(records).extracting(Record::eventName)
			.containsExactly(OperationType.INSERT, OperationType.INSERT, OperationType.REMOVE, OperationType.REMOVE);
		Record userDelete = records.get(2);
		assertThat(userDelete.userIdentity()).isNull();
		Record expired = records.get(3);
		assertThat(expired.dynamodb().keys()).containsEntry("id", AttributeValue.fromS("old"));
		assertThat(expired.dynamodb().oldImage()).containsKey("expires");
		assertThat(expired.userIdentity().type()).isEqualTo("Service");
		assertThat(expired.userIdentity().principalId()).isEqualTo("dynamodb.amazonaws.com");
	}

	// "The TTL attribute must be a Number data type with a Unix epoch timestamp in
	// seconds"; items whose attribute is missing or of another type are not deleted.
	@Test
	void itemWithoutANumberTtlIsNeverRemoved() {
		createSessions(true);
		Instant past = START.minus(Duration.ofDays(1));
		put("missing", null);
		put("string", AttributeValue.fromS(Long.toString(past.getEpochSecond())));
		put("set", AttributeValue.fromNs(List.of(Long.toString(past.getEpochSecond()))));
		put("list", AttributeValue.fromL(List.of(epoch(past))));

		this.clock.advance(Duration.ofDays(400));
		assertThat(this.engine.expireItems()).isZero();
		assertThat(List.of("missing", "string", "set", "list")).allSatisfy((id) -> assertThat(exists(id)).isTrue());
	}

	// Expiry applies only while TTL is enabled on the table (UpdateTimeToLive).
	@Test
	void tableWithoutTtlKeepsExpiredItems() {
		createSessions(false);
		put("old", epoch(START.minusSeconds(10)));
		assertThat(this.engine.expireItems()).isZero();
		assertThat(exists("old")).isTrue();

		this.client.updateTimeToLive((u) -> u.tableName("sessions")
			.timeToLiveSpecification((s) -> s.attributeName("expires").enabled(true)));
		assertThat(this.engine.expireItems()).isEqualTo(1);
		assertThat(exists("old")).isFalse();
	}

	// "As items are deleted, they are removed from any local secondary index and global
	// secondary index immediately in the same eventually consistent way as a standard
	// delete operation." (UpdateTimeToLive)
	@Test
	void removedItemLeavesTheIndexes() {
		createSessions(true);
		put("old", epoch(START.minusSeconds(10)));
		put("kept", epoch(START.plusSeconds(3600)));
		this.engine.expireItems();

		assertThat(this.client.describeTable((d) -> d.tableName("sessions"))
			.table()
			.globalSecondaryIndexes()
			.get(0)
			.itemCount()).isEqualTo(1);
	}

	// The developer guide's "How TTL works": an item whose TTL value is more than five
	// years in the past is not deleted (the value is taken for a mistake, such as
	// milliseconds or a date meant otherwise), while a recent one is.
	@Test
	void itemExpiredMoreThanFiveYearsAgoIsLeftAlone() {
		createSessions(true);
		put("ancient", epoch(START.minus(Duration.ofDays(5 * 365 + 2))));
		put("recent", epoch(START.minus(Duration.ofDays(4 * 365))));
		assertThat(this.engine.expireItems()).isEqualTo(1);
		assertThat(exists("ancient")).isTrue();
		assertThat(exists("recent")).isFalse();
	}

	// An expired item that was updated before the sweep with a later expiry is not
	// removed: DynamoDB lets expired items pending deletion be updated, and the sweep
	// checks the item again under its lock.
	@Test
	void itemRenewedBeforeTheSweepStays() {
		createSessions(true);
		put("renewed", epoch(START.minusSeconds(10)));
		put("renewed", epoch(START.plusSeconds(3600)));
		assertThat(this.engine.expireItems()).isZero();
		assertThat(exists("renewed")).isTrue();
	}

}
