/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.AwsCli;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's HTTP server driven by the AWS CLI ({@code /usr/bin/aws}, Debian's
 * {@code awscli}): a client written by AWS in another language, with its own
 * serialization, auto-pagination and error handling. Skipped where the CLI is missing,
 * required on CI.
 */
class AwsCliInteroperabilityTests {

	private static final String ORDERS_KEYS = "--attribute-definitions AttributeName=customer,AttributeType=S "
			+ "AttributeName=orderId,AttributeType=S AttributeName=status,AttributeType=S "
			+ "--key-schema AttributeName=customer,KeyType=HASH AttributeName=orderId,KeyType=RANGE";

	private static final String BY_STATUS = "[{\"IndexName\":\"byStatus\",\"KeySchema\":["
			+ "{\"AttributeName\":\"status\",\"KeyType\":\"HASH\"},{\"AttributeName\":\"orderId\",\"KeyType\":\"RANGE\"}],"
			+ "\"Projection\":{\"ProjectionType\":\"ALL\"}}]";

	@TempDir
	Path home;

	private DynamoEngine engine;

	private DynamoHttpServer server;

	private AwsCli aws;

	@BeforeAll
	static void requireCli() {
		AwsCli.require();
	}

	@BeforeEach
	void startServer() {
		this.engine = DynamoEngine.inMemory();
		this.server = this.engine.startHttpServer(0);
		this.aws = new AwsCli(this.server.endpoint(), this.home);
	}

	@AfterEach
	void stopServer() {
		this.server.close();
		this.engine.close();
	}

	@Test
	void createTableWithAGlobalIndexIsDescribedAndListed() {
		Map<String, Object> created = createOrders("orders");
		assertThat(at(created, "TableDescription.TableName")).isEqualTo("orders");
		assertThat(at(created, "TableDescription.GlobalSecondaryIndexes.0.IndexName")).isEqualTo("byStatus");
		this.aws.json(split("dynamodb create-table --table-name audit --attribute-definitions AttributeName=id,"
				+ "AttributeType=N --key-schema AttributeName=id,KeyType=HASH "
				+ "--provisioned-throughput ReadCapacityUnits=5,WriteCapacityUnits=3"));

		Map<String, Object> described = this.aws.json("dynamodb", "describe-table", "--table-name", "orders");
		assertThat(at(described, "Table.TableStatus")).isEqualTo("ACTIVE");
		assertThat(at(described, "Table.KeySchema.1.AttributeName")).isEqualTo("orderId");
		assertThat(at(described, "Table.KeySchema.1.KeyType")).isEqualTo("RANGE");
		assertThat(at(described, "Table.BillingModeSummary.BillingMode")).isEqualTo("PAY_PER_REQUEST");
		assertThat(at(described, "Table.GlobalSecondaryIndexes.0.IndexStatus")).isEqualTo("ACTIVE");
		assertThat(at(described, "Table.GlobalSecondaryIndexes.0.KeySchema.0.AttributeName")).isEqualTo("status");
		assertThat(at(described, "Table.GlobalSecondaryIndexes.0.Projection.ProjectionType")).isEqualTo("ALL");
		assertThat(at(described, "Table.TableArn").toString()).endsWith(":table/orders");
		assertThat(at(this.aws.json("dynamodb", "describe-table", "--table-name", "audit"),
				"Table.ProvisionedThroughput.WriteCapacityUnits"))
			.isEqualTo(3L);

		// one table a page: the CLI follows LastEvaluatedTableName itself
		assertThat(at(this.aws.json("dynamodb", "list-tables", "--page-size", "1"), "TableNames"))
			.isEqualTo(List.of("audit", "orders"));
		Map<String, Object> firstPage = this.aws.json("dynamodb", "list-tables", "--max-items", "1");
		assertThat(at(firstPage, "TableNames")).isEqualTo(List.of("audit"));
		assertThat(at(this.aws.json("dynamodb", "list-tables", "--starting-token", (String) at(firstPage, "NextToken")),
				"TableNames"))
			.isEqualTo(List.of("orders"));
	}

	@Test
	void itemsArePutReadUpdatedUnderAConditionAndDeleted() {
		createOrders("orders");
		this.aws.json("dynamodb", "put-item", "--table-name", "orders", "--item",
				"{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"001\"},\"status\":{\"S\":\"PENDING\"},"
						+ "\"amount\":{\"N\":\"42.50\"},\"tags\":{\"SS\":[\"gift\",\"express\"]},"
						+ "\"blob\":{\"B\":\"aGk=\"},\"lines\":{\"L\":[{\"M\":{\"sku\":{\"S\":\"A-1\"}}}]}}");

		Map<String, Object> read = this.aws.json("dynamodb", "get-item", "--table-name", "orders", "--key", aliceKey(),
				"--consistent-read");
		assertThat(at(read, "Item.amount.N")).isEqualTo("42.5");
		assertThat(at(read, "Item.blob.B")).isEqualTo("aGk=");
		assertThat(list(at(read, "Item.tags.SS"))).containsExactlyInAnyOrder("gift", "express");
		assertThat(at(read, "Item.lines.L.0.M.sku.S")).isEqualTo("A-1");

		Map<String, Object> updated = this.aws.json("dynamodb", "update-item", "--table-name", "orders", "--key",
				aliceKey(), "--update-expression", "SET #amount = #amount + :inc, #status = :paid ADD tags :more",
				"--condition-expression", "#status = :pending", "--expression-attribute-names",
				"{\"#amount\":\"amount\",\"#status\":\"status\"}", "--expression-attribute-values",
				"{\":inc\":{\"N\":\"0.5\"},\":paid\":{\"S\":\"PAID\"},\":pending\":{\"S\":\"PENDING\"},"
						+ "\":more\":{\"SS\":[\"fragile\"]}}",
				"--return-values", "UPDATED_NEW");
		assertThat(at(updated, "Attributes.amount.N")).isEqualTo("43");
		assertThat(at(updated, "Attributes.status.S")).isEqualTo("PAID");
		assertThat(list(at(updated, "Attributes.tags.SS"))).containsExactlyInAnyOrder("gift", "express", "fragile");
		assertThat(map(updated.get("Attributes"))).doesNotContainKey("blob");

		// the same condition again: the order is no longer pending
		AwsCli.Result refused = this.aws.run("dynamodb", "update-item", "--table-name", "orders", "--key", aliceKey(),
				"--update-expression", "SET #status = :paid", "--condition-expression", "#status = :pending",
				"--expression-attribute-names", "{\"#status\":\"status\"}", "--expression-attribute-values",
				"{\":paid\":{\"S\":\"PAID\"},\":pending\":{\"S\":\"PENDING\"}}");
		assertThat(refused.exitCode()).isIn(254, 255);
		assertThat(refused.stderr()).contains("ConditionalCheckFailedException")
			.contains("The conditional request failed");

		Map<String, Object> deleted = this.aws.json("dynamodb", "delete-item", "--table-name", "orders", "--key",
				aliceKey(), "--return-values", "ALL_OLD");
		assertThat(at(deleted, "Attributes.status.S")).isEqualTo("PAID");
		assertThat(this.aws.json("dynamodb", "get-item", "--table-name", "orders", "--key", aliceKey(),
				"--consistent-read"))
			.doesNotContainKey("Item");
	}

	@Test
	void queryFollowsLastEvaluatedKeyAcrossPagesAndScanFilters() {
		createOrders("orders");
		writeOrders();

		Map<String, Object> all = this.aws.json("dynamodb", "query", "--table-name", "orders",
				"--key-condition-expression", "customer = :c AND begins_with(orderId, :p)",
				"--expression-attribute-values", "{\":c\":{\"S\":\"alice\"},\":p\":{\"S\":\"0\"}}", "--page-size", "2");
		assertThat(at(all, "Count")).isEqualTo(5L);
		assertThat(orderIds(all)).containsExactly("001", "002", "003", "004", "005");

		Map<String, Object> firstThree = this.aws.json("dynamodb", "query", "--table-name", "orders",
				"--key-condition-expression", "customer = :c", "--expression-attribute-values",
				"{\":c\":{\"S\":\"alice\"}}", "--no-scan-index-forward", "--page-size", "2", "--max-items", "3");
		assertThat(orderIds(firstThree)).containsExactly("005", "004", "003");
		Map<String, Object> rest = this.aws.json("dynamodb", "query", "--table-name", "orders",
				"--key-condition-expression", "customer = :c", "--expression-attribute-values",
				"{\":c\":{\"S\":\"alice\"}}", "--no-scan-index-forward", "--page-size", "2", "--starting-token",
				(String) at(firstThree, "NextToken"));
		assertThat(orderIds(rest)).containsExactly("002", "001");

		Map<String, Object> paid = this.aws.json("dynamodb", "query", "--table-name", "orders", "--index-name",
				"byStatus", "--key-condition-expression", "#s = :s", "--expression-attribute-names",
				"{\"#s\":\"status\"}", "--expression-attribute-values", "{\":s\":{\"S\":\"PAID\"}}", "--page-size",
				"1");
		assertThat(orderIds(paid)).containsExactly("002", "004", "006");

		Map<String, Object> large = this.aws.json("dynamodb", "scan", "--table-name", "orders", "--filter-expression",
				"amount >= :min", "--expression-attribute-values", "{\":min\":{\"N\":\"30\"}}", "--page-size", "2");
		assertThat(at(large, "Count")).isEqualTo(4L);
		assertThat(at(large, "ScannedCount")).isEqualTo(6L);
		assertThat(orderIds(large)).containsExactlyInAnyOrder("003", "004", "005", "006");
	}

	@Test
	void batchesWriteAndReadAcrossTables() {
		createOrders("orders");
		this.aws.json(split("dynamodb create-table --table-name audit --attribute-definitions "
				+ "AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH "
				+ "--billing-mode PAY_PER_REQUEST"));
		writeOrders();

		Map<String, Object> written = this.aws.json("dynamodb", "batch-write-item", "--request-items",
				"{\"orders\":[{\"DeleteRequest\":{\"Key\":{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"001\"}}}}],"
						+ "\"audit\":[{\"PutRequest\":{\"Item\":{\"id\":{\"S\":\"a-1\"},\"what\":{\"S\":\"deleted 001\"}}}}]}",
				"--return-consumed-capacity", "TOTAL");
		assertThat(map(written.get("UnprocessedItems"))).isEmpty();
		assertThat(list(written.get("ConsumedCapacity"))).hasSize(2);

		Map<String, Object> read = this.aws.json("dynamodb", "batch-get-item", "--request-items",
				"{\"orders\":{\"Keys\":[{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"001\"}},"
						+ "{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"002\"}},"
						+ "{\"customer\":{\"S\":\"bob\"},\"orderId\":{\"S\":\"006\"}}],"
						+ "\"ProjectionExpression\":\"orderId, amount\"},"
						+ "\"audit\":{\"Keys\":[{\"id\":{\"S\":\"a-1\"}}],\"ConsistentRead\":true}}");
		assertThat(map(read.get("UnprocessedKeys"))).isEmpty();
		assertThat(orderIds(Map.of("Items", at(read, "Responses.orders")))).containsExactlyInAnyOrder("002", "006");
		assertThat(at(read, "Responses.orders.0")).satisfies((item) -> assertThat(map(item)).hasSize(2));
		assertThat(at(read, "Responses.audit.0.what.S")).isEqualTo("deleted 001");
	}

	@Test
	void transactionsApplyAllOrNothing() {
		createOrders("orders");
		writeOrders();

		this.aws.json("dynamodb", "transact-write-items", "--transact-items", "[{\"Put\":{\"TableName\":\"orders\","
				+ "\"Item\":{\"customer\":{\"S\":\"carol\"},\"orderId\":{\"S\":\"007\"},\"amount\":{\"N\":\"7\"}},"
				+ "\"ConditionExpression\":\"attribute_not_exists(customer)\"}},"
				+ "{\"Update\":{\"TableName\":\"orders\",\"Key\":{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"001\"}},"
				+ "\"UpdateExpression\":\"SET amount = amount - :t\",\"ExpressionAttributeValues\":{\":t\":{\"N\":\"7\"}}}},"
				+ "{\"ConditionCheck\":{\"TableName\":\"orders\",\"Key\":{\"customer\":{\"S\":\"bob\"},\"orderId\":{\"S\":\"006\"}},"
				+ "\"ConditionExpression\":\"attribute_exists(orderId)\"}}]", "--client-request-token", "cli-tx-1");
		assertThat(amount("carol", "007")).isEqualTo("7");
		assertThat(amount("alice", "001")).isEqualTo("3");

		AwsCli.Result cancelled = this.aws.run("dynamodb", "transact-write-items", "--transact-items",
				"[{\"Delete\":{\"TableName\":\"orders\",\"Key\":{\"customer\":{\"S\":\"carol\"},\"orderId\":{\"S\":\"007\"}}}},"
						+ "{\"ConditionCheck\":{\"TableName\":\"orders\",\"Key\":{\"customer\":{\"S\":\"bob\"},\"orderId\":{\"S\":\"999\"}},"
						+ "\"ConditionExpression\":\"attribute_exists(orderId)\"}}]");
		assertThat(cancelled.exitCode()).isIn(254, 255);
		assertThat(cancelled.stderr()).contains("TransactionCanceledException")
			.contains("[None, ConditionalCheckFailed]");
		assertThat(amount("carol", "007")).isEqualTo("7");
	}

	@Test
	void partiqlStatementsInsertSelectAndUpdate() {
		createOrders("orders");
		this.aws.json("dynamodb", "execute-statement", "--statement",
				"INSERT INTO orders VALUE {'customer': 'dave', 'orderId': '010', 'amount': 15, 'status': 'NEW'}");
		this.aws.json("dynamodb", "execute-statement", "--statement",
				"UPDATE orders SET amount = amount + ? WHERE customer = ? AND orderId = ?", "--parameters",
				"[{\"N\":\"5\"},{\"S\":\"dave\"},{\"S\":\"010\"}]");

		Map<String, Object> selected = this.aws.json("dynamodb", "execute-statement", "--statement",
				"SELECT orderId, amount FROM orders WHERE customer = ?", "--parameters", "[{\"S\":\"dave\"}]");
		assertThat(list(selected.get("Items"))).hasSize(1);
		assertThat(at(selected, "Items.0.amount.N")).isEqualTo("20");
		assertThat(map(at(selected, "Items.0"))).doesNotContainKey("status");

		AwsCli.Result duplicate = this.aws.run("dynamodb", "execute-statement", "--statement",
				"INSERT INTO orders VALUE {'customer': 'dave', 'orderId': '010'}");
		assertThat(duplicate.exitCode()).isIn(254, 255);
		assertThat(duplicate.stderr()).contains("DuplicateItemException");
	}

	@Test
	void timeToLiveIsSwitchedOnAndDescribed() {
		createOrders("orders");
		assertThat(at(this.aws.json("dynamodb", "describe-time-to-live", "--table-name", "orders"),
				"TimeToLiveDescription.TimeToLiveStatus"))
			.isEqualTo("DISABLED");
		Map<String, Object> updated = this.aws.json("dynamodb", "update-time-to-live", "--table-name", "orders",
				"--time-to-live-specification", "Enabled=true,AttributeName=expiresAt");
		assertThat(at(updated, "TimeToLiveSpecification.AttributeName")).isEqualTo("expiresAt");
		assertThat(at(updated, "TimeToLiveSpecification.Enabled")).isEqualTo(true);
		Map<String, Object> described = this.aws.json("dynamodb", "describe-time-to-live", "--table-name", "orders");
		assertThat(at(described, "TimeToLiveDescription.TimeToLiveStatus")).isEqualTo("ENABLED");
		assertThat(at(described, "TimeToLiveDescription.AttributeName")).isEqualTo("expiresAt");
	}

	@Test
	void streamRecordsAreReadThroughTheStreamsCommands() {
		this.aws.json(split("dynamodb create-table --table-name events --attribute-definitions "
				+ "AttributeName=id,AttributeType=S --key-schema AttributeName=id,KeyType=HASH "
				+ "--billing-mode PAY_PER_REQUEST --stream-specification StreamEnabled=true,StreamViewType=NEW_AND_OLD_IMAGES"));
		this.aws.json("dynamodb", "put-item", "--table-name", "events", "--item",
				"{\"id\":{\"S\":\"e1\"},\"n\":{\"N\":\"1\"}}");
		this.aws.json("dynamodb", "update-item", "--table-name", "events", "--key", "{\"id\":{\"S\":\"e1\"}}",
				"--update-expression", "SET n = :two", "--expression-attribute-values", "{\":two\":{\"N\":\"2\"}}");
		this.aws.json("dynamodb", "delete-item", "--table-name", "events", "--key", "{\"id\":{\"S\":\"e1\"}}");

		Map<String, Object> streams = this.aws.json("dynamodbstreams", "list-streams", "--table-name", "events");
		assertThat(list(streams.get("Streams"))).hasSize(1);
		assertThat(at(streams, "Streams.0.TableName")).isEqualTo("events");
		String streamArn = (String) at(streams, "Streams.0.StreamArn");

		Map<String, Object> described = this.aws.json("dynamodbstreams", "describe-stream", "--stream-arn", streamArn);
		assertThat(at(described, "StreamDescription.StreamStatus")).isEqualTo("ENABLED");
		assertThat(at(described, "StreamDescription.StreamViewType")).isEqualTo("NEW_AND_OLD_IMAGES");
		assertThat(at(described, "StreamDescription.KeySchema.0.AttributeName")).isEqualTo("id");
		String shardId = (String) at(described, "StreamDescription.Shards.0.ShardId");

		String iterator = (String) this.aws
			.json("dynamodbstreams", "get-shard-iterator", "--stream-arn", streamArn, "--shard-id", shardId,
					"--shard-iterator-type", "TRIM_HORIZON")
			.get("ShardIterator");
		Map<String, Object> records = this.aws.json("dynamodbstreams", "get-records", "--shard-iterator", iterator);
		List<Object> list = list(records.get("Records"));
		assertThat(list).hasSize(3);
		assertThat(list).extracting((record) -> at(record, "eventName")).containsExactly("INSERT", "MODIFY", "REMOVE");
		assertThat(at(records, "Records.0.dynamodb.NewImage.n.N")).isEqualTo("1");
		assertThat(at(records, "Records.1.dynamodb.OldImage.n.N")).isEqualTo("1");
		assertThat(at(records, "Records.1.dynamodb.NewImage.n.N")).isEqualTo("2");
		assertThat(at(records, "Records.2.dynamodb.OldImage.n.N")).isEqualTo("2");
		assertThat(at(records, "Records.2.dynamodb.Keys.id.S")).isEqualTo("e1");
		assertThat(at(records, "Records.0.eventSource")).isEqualTo("aws:dynamodb");
		assertThat(records.get("NextShardIterator")).isNotNull();
	}

	private Map<String, Object> createOrders(String name) {
		// the index definition has no spaces, so the whole command splits on them
		return this.aws.json(split("dynamodb create-table --table-name " + name + " " + ORDERS_KEYS
				+ " --billing-mode PAY_PER_REQUEST --global-secondary-indexes " + BY_STATUS));
	}

	/** Five orders of alice (amounts 10 to 50) and one of bob, every other one paid. */
	private void writeOrders() {
		StringBuilder puts = new StringBuilder();
		for (int i = 1; i <= 6; i++) {
			String customer = (i == 6) ? "bob" : "alice";
			String status = (i % 2 == 0) ? "PAID" : "PENDING";
			puts.append((i > 1) ? "," : "")
				.append("{\"PutRequest\":{\"Item\":{\"customer\":{\"S\":\"")
				.append(customer)
				.append("\"},\"orderId\":{\"S\":\"00")
				.append(i)
				.append("\"},\"status\":{\"S\":\"")
				.append(status)
				.append("\"},\"amount\":{\"N\":\"")
				.append(i * 10)
				.append("\"}}}}");
		}
		Map<String, Object> written = this.aws.json("dynamodb", "batch-write-item", "--request-items",
				"{\"orders\":[" + puts + "]}");
		assertThat(map(written.get("UnprocessedItems"))).isEmpty();
	}

	private Object amount(String customer, String orderId) {
		return at(this.aws.json("dynamodb", "get-item", "--table-name", "orders", "--key",
				"{\"customer\":{\"S\":\"" + customer + "\"},\"orderId\":{\"S\":\"" + orderId + "\"}}",
				"--consistent-read"), "Item.amount.N");
	}

	private static String aliceKey() {
		return "{\"customer\":{\"S\":\"alice\"},\"orderId\":{\"S\":\"001\"}}";
	}

	private static List<Object> orderIds(Map<String, Object> result) {
		return list(result.get("Items")).stream().map((item) -> at(item, "orderId.S")).toList();
	}

	private static String[] split(String command) {
		return command.split(" ");
	}

	@SuppressWarnings("unchecked")
	private static List<Object> list(Object value) {
		return (List<Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

	/**
	 * The value at a dotted path of keys and list indices, such as {@code Items.0.id.S}.
	 */
	private static Object at(Object tree, String path) {
		Object node = tree;
		for (String step : path.split("\\.")) {
			assertThat(node).as("parent of %s in %s", step, path).isNotNull();
			node = (node instanceof List<?> list) ? list.get(Integer.parseInt(step)) : ((Map<?, ?>) node).get(step);
		}
		return node;
	}

}
