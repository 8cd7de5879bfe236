/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.StreamViewType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * An engine on a directory keeps what it acknowledged across restarts: tables with their
 * indexes, stream and TTL settings and tags, and every item, through journal replay,
 * snapshots and a torn last record.
 */
class PersistenceTests {

	@TempDir
	Path directory;

	private void withEngine(Consumer<DynamoDbClient> body) {
		withEngine(DynamoEngine.builder().directory(this.directory), body);
	}

	private static void withEngine(DynamoEngine.Builder builder, Consumer<DynamoDbClient> body) {
		try (DynamoEngine engine = builder.expirySweepInterval(Duration.ZERO).build();
				DynamoDbClient client = EngineClients.inProcess(engine)) {
			body.accept(client);
		}
	}

	private static void createOrders(DynamoDbClient client) {
		client.createTable((t) -> t.tableName("orders")
			.attributeDefinitions((a) -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
					(a) -> a.attributeName("sk").attributeType(ScalarAttributeType.N),
					(a) -> a.attributeName("status").attributeType(ScalarAttributeType.S),
					(a) -> a.attributeName("total").attributeType(ScalarAttributeType.N))
			.keySchema((k) -> k.attributeName("pk").keyType(KeyType.HASH),
					(k) -> k.attributeName("sk").keyType(KeyType.RANGE))
			.globalSecondaryIndexes((g) -> g.indexName("byStatus")
				.keySchema((k) -> k.attributeName("status").keyType(KeyType.HASH))
				.projection((p) -> p.projectionType(ProjectionType.KEYS_ONLY)))
			.localSecondaryIndexes((l) -> l.indexName("byTotal")
				.keySchema((k) -> k.attributeName("pk").keyType(KeyType.HASH),
						(k) -> k.attributeName("total").keyType(KeyType.RANGE))
				.projection((p) -> p.projectionType(ProjectionType.ALL)))
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.streamSpecification((s) -> s.streamEnabled(true).streamViewType(StreamViewType.NEW_IMAGE))
			.tags((tag) -> tag.key("team").value("billing")));
	}

	private static Map<String, AttributeValue> order(String pk, int sk, String status, int total) {
		return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)), "status",
				AttributeValue.fromS(status), "total", AttributeValue.fromN(Integer.toString(total)), "lines",
				AttributeValue.fromL(List
					.of(AttributeValue.fromM(Map.of("sku", AttributeValue.fromS("x"), "qty", AttributeValue.fromN("2"),
							"gift", AttributeValue.fromBool(true), "note", AttributeValue.fromNul(true))))),
				"tags", AttributeValue.fromSs(List.of("a", "b")), "blob",
				AttributeValue.fromB(software.amazon.awssdk.core.SdkBytes.fromUtf8String("bytes")));
	}

	private static Map<String, AttributeValue> key(String pk, int sk) {
		return Map.of("pk", AttributeValue.fromS(pk), "sk", AttributeValue.fromN(Integer.toString(sk)));
	}

	private static Map<String, AttributeValue> get(DynamoDbClient client, String pk, int sk) {
		Map<String, AttributeValue> item = client.getItem((g) -> g.tableName("orders").key(key(pk, sk))).item();
		return item.isEmpty() ? null : item;
	}

	@Test
	void restartShowsTablesIndexesItemsAndSettings() {
		TableDescription[] before = new TableDescription[1];
		withEngine((client) -> {
			createOrders(client);
			for (int i = 0; i < 20; i++) {
				int n = i;
				client.putItem(
						(p) -> p.tableName("orders").item(order("p" + (n % 3), n, (n % 2 == 0) ? "open" : "paid", n)));
			}
			client.updateItem((u) -> u.tableName("orders")
				.key(key("p0", 0))
				.updateExpression("SET #s = :s ADD #t :t")
				.expressionAttributeNames(Map.of("#s", "status", "#t", "total"))
				.expressionAttributeValues(
						Map.of(":s", AttributeValue.fromS("shipped"), ":t", AttributeValue.fromN("5"))));
			client.deleteItem((d) -> d.tableName("orders").key(key("p1", 1)));
			client.updateTimeToLive((u) -> u.tableName("orders")
				.timeToLiveSpecification((s) -> s.attributeName("expires").enabled(true)));
			client.updateTable((u) -> u.tableName("orders")
				.attributeDefinitions((a) -> a.attributeName("total").attributeType(ScalarAttributeType.N))
				.globalSecondaryIndexUpdates((g) -> g.create((c) -> c.indexName("byTotalGlobal")
					.keySchema((k) -> k.attributeName("total").keyType(KeyType.HASH))
					.projection((p) -> p.projectionType(ProjectionType.ALL)))));
			client.putItem((p) -> p.tableName("orders").item(order("p9", 99, "open", 99)));
			client.createTable((t) -> t.tableName("dropped")
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
				.billingMode(BillingMode.PAY_PER_REQUEST));
			client.putItem((p) -> p.tableName("dropped").item(Map.of("id", AttributeValue.fromS("x"))));
			client.deleteTable((d) -> d.tableName("dropped"));
			before[0] = client.describeTable((d) -> d.tableName("orders")).table();
		});

		withEngine((client) -> {
			TableDescription after = client.describeTable((d) -> d.tableName("orders")).table();
			assertThat(after.tableId()).isEqualTo(before[0].tableId());
			assertThat(after.itemCount()).isEqualTo(20);
			assertThat(after.tableSizeBytes()).isEqualTo(before[0].tableSizeBytes());
			assertThat(after.latestStreamArn()).isEqualTo(before[0].latestStreamArn());
			assertThat(after.streamSpecification()).isEqualTo(before[0].streamSpecification());
			assertThat(after.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::indexName)
				.containsExactly("byStatus", "byTotalGlobal");
			assertThat(after.globalSecondaryIndexes()).extracting(GlobalSecondaryIndexDescription::itemCount)
				.containsExactlyElementsOf(
						before[0].globalSecondaryIndexes().stream().map((i) -> i.itemCount()).toList());
			assertThat(after.localSecondaryIndexes().get(0).itemCount())
				.isEqualTo(before[0].localSecondaryIndexes().get(0).itemCount());
			assertThat(client.describeTimeToLive((d) -> d.tableName("orders")).timeToLiveDescription())
				.satisfies((ttl) -> {
					assertThat(ttl.timeToLiveStatus()).isEqualTo(TimeToLiveStatus.ENABLED);
					assertThat(ttl.attributeName()).isEqualTo("expires");
				});
			assertThat(client.listTagsOfResource((l) -> l.resourceArn(after.tableArn())).tags())
				.extracting((t) -> t.key() + "=" + t.value())
				.containsExactly("team=billing");
			assertThat(get(client, "p2", 2)).isEqualTo(order("p2", 2, "open", 2));
			assertThat(get(client, "p0", 0)).containsEntry("status", AttributeValue.fromS("shipped"))
				.containsEntry("total", AttributeValue.fromN("5"));
			assertThat(get(client, "p1", 1)).isNull();
			assertThat(get(client, "p9", 99)).isEqualTo(order("p9", 99, "open", 99));
			assertThat(client.listTables().tableNames()).containsExactly("orders");
			assertThatExceptionOfType(ResourceNotFoundException.class)
				.isThrownBy(() -> client.describeTable((d) -> d.tableName("dropped")));
		});
	}

	@Test
	void tableRecreatedUnderTheSameNameHasOnlyItsOwnItems() {
		withEngine((client) -> {
			createOrders(client);
			client.putItem((p) -> p.tableName("orders").item(order("old", 1, "open", 1)));
			client.deleteTable((d) -> d.tableName("orders"));
			createOrders(client);
			client.putItem((p) -> p.tableName("orders").item(order("new", 1, "open", 1)));
		});
		withEngine((client) -> {
			assertThat(get(client, "old", 1)).isNull();
			assertThat(get(client, "new", 1)).isNotNull();
			assertThat(client.describeTable((d) -> d.tableName("orders")).table().itemCount()).isEqualTo(1);
		});
	}

	@Test
	void compactionIntoSnapshotsKeepsEverything() throws IOException {
		DynamoEngine.Builder small = DynamoEngine.builder().directory(this.directory).compactJournalAfter(16 * 1024);
		withEngine(small, (client) -> {
			createOrders(client);
			for (int i = 0; i < 300; i++) {
				int n = i;
				client.putItem((p) -> p.tableName("orders").item(order("p" + (n % 7), n, "open", n)));
			}
			for (int i = 0; i < 300; i += 3) {
				int n = i;
				client.deleteItem((d) -> d.tableName("orders").key(key("p" + (n % 7), n)));
			}
		});
		assertThat(files("snapshot-")).isNotEmpty();
		withEngine(small, (client) -> {
			assertThat(client.describeTable((d) -> d.tableName("orders")).table().itemCount()).isEqualTo(200);
			assertThat(get(client, "p1", 1)).isEqualTo(order("p1", 1, "open", 1));
			assertThat(get(client, "p0", 0)).isNull();
			client.putItem((p) -> p.tableName("orders").item(order("after", 1, "open", 1)));
		});
		withEngine((client) -> {
			assertThat(client.describeTable((d) -> d.tableName("orders")).table().itemCount()).isEqualTo(201);
			assertThat(get(client, "after", 1)).isNotNull();
		});
	}

	@Test
	void explicitCompactionLeavesOneSnapshotAndAFreshJournal() throws IOException {
		try (DynamoEngine engine = DynamoEngine.builder()
			.directory(this.directory)
			.expirySweepInterval(Duration.ZERO)
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			createOrders(client);
			client.putItem((p) -> p.tableName("orders").item(order("a", 1, "open", 1)));
			engine.compact();
			client.putItem((p) -> p.tableName("orders").item(order("b", 2, "open", 2)));
			engine.compact();
			client.putItem((p) -> p.tableName("orders").item(order("c", 3, "open", 3)));
		}
		assertThat(files("snapshot-")).hasSize(1);
		assertThat(files("journal-")).hasSize(1);
		withEngine((client) -> {
			assertThat(client.describeTable((d) -> d.tableName("orders")).table().itemCount()).isEqualTo(3);
			assertThat(get(client, "c", 3)).isNotNull();
		});
	}

	// A crash while a record is written leaves part of it at the journal's end: that
	// record was never acknowledged, and it is ignored whole (never half-applied); the
	// journal is cut there, so that later records are read after the next restart.
	@Test
	void tornLastRecordIsIgnoredAndCutOff() throws IOException {
		withEngine((client) -> {
			createOrders(client);
			client.putItem((p) -> p.tableName("orders").item(order("a", 1, "open", 1)));
		});
		Path journal = files("journal-").get(0);
		long whole = Files.size(journal);
		withEngine((client) -> client.putItem((p) -> p.tableName("orders").item(order("b", 2, "open", 2))));
		long longer = Files.size(journal);
		// keep the second record's first half only, as a crash mid-write would
		try (var channel = Files.newByteChannel(journal, StandardOpenOption.WRITE)) {
			channel.truncate(whole + (longer - whole) / 2);
		}
		withEngine((client) -> {
			assertThat(get(client, "a", 1)).isNotNull();
			assertThat(get(client, "b", 2)).isNull();
			client.putItem((p) -> p.tableName("orders").item(order("c", 3, "open", 3)));
		});
		// garbage after the last whole record (a torn length and checksum) is cut off too
		Files.write(journal, new byte[] { 0, 0, 1, 0, 7 }, StandardOpenOption.APPEND);
		withEngine((client) -> {
			assertThat(get(client, "a", 1)).isNotNull();
			assertThat(get(client, "c", 3)).isNotNull();
			assertThat(client.describeTable((d) -> d.tableName("orders")).table().itemCount()).isEqualTo(2);
		});
	}

	@Test
	void directoryIsRefusedToASecondEngine() {
		try (DynamoEngine first = DynamoEngine.builder().directory(this.directory).build()) {
			assertThatExceptionOfType(java.io.UncheckedIOException.class)
				.isThrownBy(() -> DynamoEngine.builder().directory(this.directory).build())
				.withMessageContaining("in use");
			assertThat(first.clock()).isNotNull();
		}
	}

	private List<Path> files(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(this.directory)) {
			return files.filter((f) -> f.getFileName().toString().startsWith(prefix)).sorted().toList();
		}
	}

}
