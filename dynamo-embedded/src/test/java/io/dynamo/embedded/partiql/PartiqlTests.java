/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementErrorCodeEnum;
import software.amazon.awssdk.services.dynamodb.model.BatchStatementRequest;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DuplicateItemException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ExecuteStatementResponse;
import software.amazon.awssdk.services.dynamodb.model.ExecuteTransactionResponse;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ParameterizedStatement;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static io.dynamo.embedded.support.TestTables.attribute;
import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.key;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * PartiQL through the SDK client: ExecuteStatement, BatchExecuteStatement (per-statement
 * errors, all reads or all writes, 25 statements) and ExecuteTransaction (all or nothing,
 * cancellation reasons, idempotency token, reads), as DynamoDB's API reference describes
 * them.
 */
class PartiqlTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final DynamoDbClient client = EngineClients.inProcess(this.engine);

	@BeforeEach
	void createTable() {
		this.client.createTable((t) -> t.tableName("accounts")
			.attributeDefinitions(attribute("owner", ScalarAttributeType.S), attribute("id", ScalarAttributeType.N))
			.keySchema(key("owner", KeyType.HASH), key("id", KeyType.RANGE))
			.billingMode(BillingMode.PAY_PER_REQUEST));
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	@Test
	void executeStatementInsertsSelectsUpdatesAndDeletes() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': ?, 'id': 1, 'balance': 10}", s("ann"));
		execute("UPDATE \"accounts\" SET balance = balance + ? WHERE owner = 'ann' AND id = 1", n(5));
		assertThat(execute("SELECT * FROM \"accounts\" WHERE owner = ?", s("ann")).items())
			.containsExactly(item("owner", s("ann"), "id", n(1), "balance", n(15)));
		execute("DELETE FROM \"accounts\" WHERE owner = 'ann' AND id = 1");
		assertThat(execute("SELECT * FROM \"accounts\" WHERE owner = 'ann'").items()).isEmpty();
	}

	@Test
	void executeStatementRefusesADuplicateInsertAndAnUpdateOfNoItem() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1}");
		assertThatExceptionOfType(DuplicateItemException.class)
			.isThrownBy(() -> execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1}"))
			.withMessageStartingWith("Duplicate primary key exists in table");
		assertThatExceptionOfType(ConditionalCheckFailedException.class)
			.isThrownBy(() -> execute("UPDATE \"accounts\" SET balance = 1 WHERE owner = 'bob' AND id = 1"));
	}

	@Test
	void executeStatementPagesASelectWithNextToken() {
		for (int i = 0; i < 5; i++) {
			execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': ?}", n(i));
		}
		List<Map<String, AttributeValue>> read = new ArrayList<>();
		String token = null;
		int pages = 0;
		do {
			String next = token;
			ExecuteStatementResponse page = this.client.executeStatement(
					(e) -> e.statement("SELECT id FROM \"accounts\" WHERE owner = 'ann'").limit(2).nextToken(next));
			read.addAll(page.items());
			token = page.nextToken();
			pages++;
		}
		while (token != null);
		assertThat(read).extracting((item) -> item.get("id").n()).containsExactly("0", "1", "2", "3", "4");
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void executeStatementCountsParameters() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> execute("SELECT * FROM \"accounts\" WHERE owner = ?"))
			.withMessageStartingWith("Number of parameters in request and statement don't match.");
	}

	@Test
	void batchWritesReportEachStatementsErrorAndRunTheOthers() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1}");
		BatchExecuteStatementResponse response = this.client.batchExecuteStatement(
				(b) -> b.statements(statement("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1}"),
						statement("INSERT INTO \"accounts\" VALUE {'owner': 'bob', 'id': 2}"),
						statement("UPDATE \"accounts\" SET balance = 1 WHERE owner = 'cy' AND id = 3"),
						statement("SELEC oops")));
		assertThat(response.responses().get(0).error().code()).isEqualTo(BatchStatementErrorCodeEnum.DUPLICATE_ITEM);
		assertThat(response.responses().get(1).error()).isNull();
		assertThat(response.responses().get(1).tableName()).isEqualTo("accounts");
		assertThat(response.responses().get(2).error().code())
			.isEqualTo(BatchStatementErrorCodeEnum.CONDITIONAL_CHECK_FAILED);
		assertThat(response.responses().get(3).error().code()).isEqualTo(BatchStatementErrorCodeEnum.VALIDATION_ERROR);
		assertThat(execute("SELECT * FROM \"accounts\" WHERE owner = 'bob'").items()).hasSize(1);
	}

	@Test
	void batchReadsNameOneItemByItsWholeKey() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1, 'balance': 3}");
		BatchExecuteStatementResponse response = this.client.batchExecuteStatement((b) -> b
			.statements(statement("SELECT balance FROM \"accounts\" WHERE owner = 'ann' AND id = 1"),
					statement("SELECT * FROM \"accounts\" WHERE owner = 'nobody' AND id = 1"),
					statement("SELECT * FROM \"accounts\" WHERE owner = 'ann'"))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(response.responses().get(0).item()).isEqualTo(item("balance", n(3)));
		assertThat(response.responses().get(1).hasItem()).isFalse();
		assertThat(response.responses().get(1).error()).isNull();
		assertThat(response.responses().get(2).error().code()).isEqualTo(BatchStatementErrorCodeEnum.VALIDATION_ERROR);
		assertThat(response.responses().get(2).error().message())
			.isEqualTo("Where clause does not contain a mandatory equality on all key attributes");
		// two eventually consistent reads of at most 4 KB, the item and the missing one
		assertThat(response.consumedCapacity()).singleElement()
			.satisfies((units) -> assertThat(units.capacityUnits()).isEqualTo(1.0));
	}

	@Test
	void batchIsAllReadsOrAllWritesAndAtMostTwentyFiveStatements() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchExecuteStatement(
					(b) -> b.statements(statement("SELECT * FROM \"accounts\" WHERE owner = 'ann' AND id = 1"),
							statement("DELETE FROM \"accounts\" WHERE owner = 'ann' AND id = 1"))))
			.withMessageContaining("either read statements or write statements");
		List<BatchStatementRequest> many = new ArrayList<>();
		for (int i = 0; i < 26; i++) {
			many.add(statement("DELETE FROM \"accounts\" WHERE owner = 'ann' AND id = " + i));
		}
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.batchExecuteStatement((b) -> b.statements(many)))
			.withMessageContaining("at 'statements' failed to satisfy constraint: "
					+ "Member must have length less than or equal to 25");
	}

	@Test
	void transactionWritesAllOrNothingWithEachStatementsReason() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1, 'balance': 10}");
		this.client.executeTransaction((t) -> t.transactStatements(
				transact("UPDATE \"accounts\" SET balance = balance - 4 WHERE owner = 'ann' AND id = 1"),
				transact("INSERT INTO \"accounts\" VALUE {'owner': 'bob', 'id': 1, 'balance': 4}")));
		assertThat(balance("ann")).isEqualTo("6");
		assertThat(balance("bob")).isEqualTo("4");
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'cy', 'id': 1, 'balance': 0}");

		TransactionCanceledException cancelled = org.assertj.core.api.Assertions.catchThrowableOfType(
				TransactionCanceledException.class,
				() -> this.client.executeTransaction((t) -> t.transactStatements(
						transact("UPDATE \"accounts\" SET balance = balance - 100 WHERE owner = 'ann' AND id = 1"),
						transact("EXISTS(SELECT * FROM \"accounts\" WHERE owner = 'bob' AND id = 1 AND balance > 100)"),
						transact("INSERT INTO \"accounts\" VALUE {'owner': 'cy', 'id': 1}"))));
		assertThat(cancelled.cancellationReasons()).extracting(CancellationReason::code)
			.containsExactly("None", "ConditionalCheckFailed", "DuplicateItem");
		assertThat(cancelled.getMessage()).startsWith(
				"Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, DuplicateItem]");
		assertThat(balance("ann")).isEqualTo("6");
	}

	@Test
	void transactionWithTheSameClientRequestTokenRunsOnce() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1, 'balance': 10}");
		for (int i = 0; i < 2; i++) {
			this.client.executeTransaction((t) -> t.clientRequestToken("pay-ann-once")
				.transactStatements(
						transact("UPDATE \"accounts\" SET balance = balance - 1 WHERE owner = 'ann' AND id = 1")));
		}
		assertThat(balance("ann")).isEqualTo("9");
	}

	@Test
	void transactionReadsReturnOneResponsePerStatement() {
		execute("INSERT INTO \"accounts\" VALUE {'owner': 'ann', 'id': 1, 'balance': 10}");
		ExecuteTransactionResponse response = this.client.executeTransaction((t) -> t
			.transactStatements(transact("SELECT balance FROM \"accounts\" WHERE owner = 'ann' AND id = 1"),
					transact("SELECT * FROM \"accounts\" WHERE owner = 'bob' AND id = 1"))
			.returnConsumedCapacity(ReturnConsumedCapacity.TOTAL));
		assertThat(response.responses()).hasSize(2);
		assertThat(response.responses().get(0).item()).isEqualTo(item("balance", n(10)));
		assertThat(response.responses().get(1).hasItem()).isFalse();
		// transactional reads cost two units per 4 KB, a missing item included
		assertThat(response.consumedCapacity()).singleElement()
			.satisfies((units) -> assertThat(units.capacityUnits()).isEqualTo(4.0));
	}

	@Test
	void transactionIsAllReadsOrAllWrites() {
		assertThatExceptionOfType(DynamoDbException.class)
			.isThrownBy(() -> this.client.executeTransaction(
					(t) -> t.transactStatements(transact("SELECT * FROM \"accounts\" WHERE owner = 'ann' AND id = 1"),
							transact("DELETE FROM \"accounts\" WHERE owner = 'ann' AND id = 1"))))
			.withMessageContaining("either read statements or write statements");
	}

	private ExecuteStatementResponse execute(String statement, AttributeValue... parameters) {
		return this.client.executeStatement(
				(e) -> e.statement(statement).parameters((parameters.length > 0) ? List.of(parameters) : null));
	}

	private String balance(String owner) {
		return execute("SELECT balance FROM \"accounts\" WHERE owner = ? AND id = 1", s(owner)).items()
			.get(0)
			.get("balance")
			.n();
	}

	private static BatchStatementRequest statement(String text) {
		return BatchStatementRequest.builder().statement(text).build();
	}

	private static ParameterizedStatement transact(String text) {
		return ParameterizedStatement.builder().statement(text).build();
	}

}
