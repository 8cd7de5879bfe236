/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class CatalogTests {

	private static final KeySchema HASH_ONLY = new KeySchema(new KeyAttribute("id", "S"), null);

	private final Catalog catalog = new Catalog();

	private final List<List<ItemChange>> seen = new ArrayList<>();

	CatalogTests() {
		this.catalog.addListener(this.seen::add);
	}

	private Table table(String name, List<IndexDefinition> globals) {
		return this.catalog.create(new TableDefinition(name, "arn:aws:dynamodb:us-east-1:000000000000:table/" + name,
				"id", Instant.EPOCH, "ACTIVE", HASH_ONLY, Map.of("id", "S", "g", "S"), globals, List.of(),
				"PAY_PER_REQUEST", Throughput.ON_DEMAND, null, StreamSettings.NONE, TimeToLive.DISABLED, Map.of()));
	}

	private static AttributeValue s(String value) {
		return new AttributeValue.S(value);
	}

	private static PrimaryKey key(String id) {
		return new PrimaryKey(s(id), null);
	}

	@Test
	void hashPrefixIsTheFirstThreeBytesOfTheSaltedMd5() {
		// md5("Outliers" + "a") = f6558e...; md5("Outliers" + C1 02) = c3a031... (1 as
		// DynamoDB serialises it)
		assertThat(HashPrefix.of(s("a"))).isEqualTo(0xf6558e);
		assertThat(HashPrefix.of(new AttributeValue.N(BigDecimal.ONE))).isEqualTo(0xc3a031);
		assertThat(HashPrefix.of(s("a"), s("b"))).isEqualTo(9240971);
		assertThat(HashPrefix.numberBytes(new BigDecimal("-1"))).containsExactly(0x3e, 0x64, 0x66);
		assertThat(HashPrefix.numberBytes(BigDecimal.ZERO)).containsExactly(0x80);
		assertThat(HashPrefix.numberBytes(new BigDecimal("123.45"))).containsExactly(0xc2, 0x02, 0x18, 0x2e);
	}

	@Test
	void multiItemWritesAcrossTablesApplyTogetherAndReachListenersAsOneUnit() {
		Table a = table("tableA", List.of());
		Table b = table("tableB", List.of());
		ItemRef first = new ItemRef(a, key("1"));
		ItemRef second = new ItemRef(b, key("2"));
		this.catalog.atomically(List.of(second, first), (items) -> {
			assertThat(items.current(first)).isNull();
			items.write(first, Map.of("id", s("1")));
			items.write(second, Map.of("id", s("2")));
			return null;
		});
		assertThat(a.get(key("1"))).isNotNull();
		assertThat(b.get(key("2"))).isNotNull();
		assertThat(this.seen).singleElement().satisfies((changes) -> {
			assertThat(changes).extracting(ItemChange::table).containsExactly(a, b);
			assertThat(changes).allSatisfy((change) -> assertThat(change.oldItem()).isNull());
		});
	}

	@Test
	void aBodyThatThrowsAppliesNothing() {
		Table a = table("tableA", List.of());
		ItemRef ref = new ItemRef(a, key("1"));
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> this.catalog.atomically(List.of(ref), (items) -> {
				items.write(ref, Map.of("id", s("1")));
				throw DynamoException.conditionalCheckFailed("no");
			}));
		assertThat(a.get(key("1"))).isNull();
		assertThat(a.items().count()).isZero();
		assertThat(this.seen).isEmpty();
	}

	@Test
	void indexesStaySparseAndFollowEveryWrite() {
		IndexDefinition byG = new IndexDefinition("byG", true, new KeySchema(new KeyAttribute("g", "S"), null),
				"KEYS_ONLY", List.of(), Throughput.ON_DEMAND, "ACTIVE", "arn");
		Table table = table("indexed", List.of(byG));
		this.catalog.write(table, key("1"), (current) -> Map.of("id", s("1"), "g", s("x"), "other", s("o")));
		this.catalog.write(table, key("2"), (current) -> Map.of("id", s("2")));
		SortedItems entries = table.index("byG").entries();
		assertThat(entries.count()).isEqualTo(1);
		assertThat(entries.all().firstEntry().getValue()).containsOnlyKeys("id", "g");
		this.catalog.write(table, key("1"), (current) -> Map.of("id", s("1"), "g", s("y")));
		assertThat(entries.count()).isEqualTo(1);
		assertThat(entries.all().firstEntry().getValue()).containsEntry("g", s("y"));
		this.catalog.write(table, key("1"), (current) -> null);
		assertThat(entries.count()).isZero();
		assertThat(table.items().count()).isEqualTo(1);
	}

	@Test
	void deletedTableRefusesWrites() {
		Table table = table("dropped", List.of());
		this.catalog.delete(table);
		assertThat(this.catalog.table("dropped")).isNull();
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> this.catalog.write(table, key("1"), (current) -> Map.of("id", s("1"))))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ResourceNotFoundException"));
	}

}
