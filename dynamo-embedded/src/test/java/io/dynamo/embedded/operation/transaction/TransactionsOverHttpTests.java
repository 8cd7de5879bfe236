/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import io.dynamo.embedded.support.EngineClients;
import io.dynamo.embedded.support.TestTables;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Batches and transactions over the engine's HTTP server, with the Apache client. */
class TransactionsOverHttpTests {

	@Test
	void batchesAndACancelledTransactionTravelOverHttp() {
		try (DynamoEngine engine = DynamoEngine.inMemory();
				DynamoHttpServer server = engine.startHttpServer(0);
				DynamoDbClient client = EngineClients.http(server)) {
			TestTables.hashTable(client, "accounts");
			client.batchWriteItem((b) -> b.requestItems(Map.of("accounts",
					List.of(put(item("id", s("ann"), "balance", n(5))), put(item("id", s("bob"), "balance", n(7)))))));

			// TransactionCanceledException carries CancellationReasons, in request order,
			// with the item for ALL_OLD
			TransactWriteItem withdraw = TransactWriteItem.builder()
				.update((u) -> u.tableName("accounts")
					.key(item("id", s("ann")))
					.updateExpression("SET balance = balance - :a")
					.conditionExpression("balance >= :a")
					.expressionAttributeValues(Map.of(":a", n(10)))
					.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
				.build();
			assertThatExceptionOfType(TransactionCanceledException.class)
				.isThrownBy(
						() -> client
							.transactWriteItems((t) -> t.transactItems(withdraw,
									TransactWriteItemsTests.update("accounts", item("id", s("bob")),
											"SET balance = balance + :a", null, Map.of(":a", n(10))))))
				.satisfies((ex) -> {
					assertThat(ex.cancellationReasons()).extracting(CancellationReason::code)
						.containsExactly("ConditionalCheckFailed", "None");
					assertThat(ex.cancellationReasons().get(0).item()).containsEntry("balance", n(5));
				});

			BatchGetItemResponse read = client.batchGetItem((b) -> b.requestItems(Map.of("accounts",
					KeysAndAttributes.builder().keys(item("id", s("ann")), item("id", s("bob"))).build())));
			assertThat(read.responses().get("accounts")).containsExactlyInAnyOrder(
					item("id", s("ann"), "balance", n(5)), item("id", s("bob"), "balance", n(7)));
		}
	}

	private static WriteRequest put(Map<String, AttributeValue> item) {
		return WriteRequest.builder().putRequest((p) -> p.item(item)).build();
	}

}
