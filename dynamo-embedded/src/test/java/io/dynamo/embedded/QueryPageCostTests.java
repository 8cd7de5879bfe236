/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded;

import java.math.BigDecimal;
import java.util.Map;

import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.PrimaryKey;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Query page costs the page, not the partition: the entries storage reads for a
 * 100-item page are the same whether the partition holds 1,000 or 100,000 items.
 */
class QueryPageCostTests {

	@Test
	void hundredItemPageReadsOnlyThePageWhateverThePartitionSize() {
		try (DynamoEngine engine = DynamoEngine.inMemory(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			client.createTable((r) -> r.tableName("big")
				.attributeDefinitions((a) -> a.attributeName("pk").attributeType(ScalarAttributeType.S),
						(a) -> a.attributeName("sk").attributeType(ScalarAttributeType.N))
				.keySchema((k) -> k.attributeName("pk").keyType(KeyType.HASH),
						(k) -> k.attributeName("sk").keyType(KeyType.RANGE))
				.billingMode("PAY_PER_REQUEST"));
			Catalog catalog = engine.context().catalog();
			Table table = catalog.table("big");
			// loaded through the storage write path: a hundred thousand SDK calls would
			// test
			// the SDK's speed, not the page's cost
			fill(catalog, table, "small", 1_000);
			fill(catalog, table, "large", 100_000);
			assertThat(table.items().count()).isEqualTo(101_000);

			long small = examinedByPage(client, table, "small", "500");
			long large = examinedByPage(client, table, "large", "50000");
			assertThat(small).isEqualTo(100);
			assertThat(large).isEqualTo(small);
			long reverse = examinedByPage(client, table, "large", null);
			assertThat(reverse).isEqualTo(100);
		}
	}

	private static long examinedByPage(DynamoDbClient client, Table table, String pk, String from) {
		long before = table.items().examined();
		QueryResponse page = client.query((r) -> {
			r.tableName("big").limit(100);
			if (from != null) {
				r.keyConditionExpression("pk = :p AND sk >= :from")
					.expressionAttributeValues(
							Map.of(":p", AttributeValue.fromS(pk), ":from", AttributeValue.fromN(from)));
			}
			else {
				r.keyConditionExpression("pk = :p")
					.expressionAttributeValues(Map.of(":p", AttributeValue.fromS(pk)))
					.scanIndexForward(false);
			}
		});
		assertThat(page.count()).isEqualTo(100);
		assertThat(page.lastEvaluatedKey()).containsKeys("pk", "sk");
		return table.items().examined() - before;
	}

	private static void fill(Catalog catalog, Table table, String pk, int count) {
		io.dynamo.embedded.model.AttributeValue hash = new io.dynamo.embedded.model.AttributeValue.S(pk);
		for (int i = 0; i < count; i++) {
			io.dynamo.embedded.model.AttributeValue range = new io.dynamo.embedded.model.AttributeValue.N(
					BigDecimal.valueOf(i));
			Map<String, io.dynamo.embedded.model.AttributeValue> item = Map.of("pk", hash, "sk", range, "data",
					new io.dynamo.embedded.model.AttributeValue.S("value " + i));
			catalog.write(table, new PrimaryKey(hash, range), (current) -> item);
		}
	}

}
