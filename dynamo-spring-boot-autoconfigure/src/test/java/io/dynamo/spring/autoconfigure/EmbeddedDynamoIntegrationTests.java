/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.dynamo.spring.core.DynamoConnection;
import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbAsyncTable;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.enhanced.dynamodb.model.QueryConditional;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Integration tests of the auto-configured clients against the embedded DynamoDB engine
 * over HTTP: create a table, put, get, query and delete with the sync, async and enhanced
 * clients.
 *
 * @author dynamo-spring-boot authors
 */
class EmbeddedDynamoIntegrationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(
				AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class))
		.withPropertyValues("dynamo.embedded.enabled=true");

	@Test
	void whenEmbeddedIsEnabledThenClientsPointAtALoopbackServerWithDummyCredentials() {
		this.contextRunner.run((context) -> {
			EmbeddedDynamoServer server = context.getBean(EmbeddedDynamoServer.class);
			assertThat(server.endpoint().getHost()).isEqualTo("127.0.0.1");
			assertThat(server.port()).isPositive();
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(client.serviceClientConfiguration().endpointOverride()).contains(server.endpoint());
			assertThat(client.serviceClientConfiguration().region().id()).isEqualTo("us-east-1");
			assertThat(client.serviceClientConfiguration().credentialsProvider().resolveIdentity().join().accessKeyId())
				.isEqualTo("dynamoembedded");
			assertThat(context.getBean(DynamoConnection.class).ping()).isPositive();
		});
	}

	@Test
	void whenEmbeddedIsDisabledThenNothingStarts() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class, DynamoClientAutoConfiguration.class))
			.withPropertyValues("dynamo.region=eu-west-1", "dynamo.credentials.access-key=AKIATESTKEY12345",
					"dynamo.credentials.secret-key=s")
			.run((context) -> assertThat(context).doesNotHaveBean(EmbeddedDynamoServer.class)
				.hasSingleBean(PropertiesDynamoConnectionDetails.class));
	}

	@Test
	void whenTheContextClosesThenTheServerStops() {
		int[] port = new int[1];
		this.contextRunner.run((context) -> {
			port[0] = context.getBean(EmbeddedDynamoServer.class).port();
			assertThat(canConnect(port[0])).isTrue();
		});
		assertThat(canConnect(port[0])).isFalse();
	}

	@Test
	void whenTheSyncClientWritesThenItReadsQueriesAndDeletes() {
		this.contextRunner.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_sync"));
			client.putItem((put) -> put.tableName("orders_sync").item(order("alice", "001", 42)));
			client.putItem((put) -> put.tableName("orders_sync").item(order("alice", "002", 7)));
			client.putItem((put) -> put.tableName("orders_sync").item(order("bob", "001", 1)));

			Map<String, AttributeValue> item = client
				.getItem((get) -> get.tableName("orders_sync").key(key("alice", "001")).consistentRead(true))
				.item();
			assertThat(item.get("total").n()).isEqualTo("42");

			QueryResponse alice = client.query((query) -> query.tableName("orders_sync")
				.keyConditionExpression("customer = :c")
				.expressionAttributeValues(Map.of(":c", AttributeValue.fromS("alice"))));
			assertThat(alice.items()).extracting((row) -> row.get("orderId").s()).containsExactly("001", "002");

			client.deleteItem((delete) -> delete.tableName("orders_sync").key(key("alice", "001")));
			assertThat(client.getItem((get) -> get.tableName("orders_sync").key(key("alice", "001"))).hasItem())
				.isFalse();
		});
	}

	@Test
	void whenTheAsyncClientWritesThenItReadsQueriesAndDeletes() {
		this.contextRunner.run((context) -> {
			DynamoDbAsyncClient client = context.getBean(DynamoDbAsyncClient.class);
			client.createTable(ordersTable("orders_async")).join();
			CompletableFuture
				.allOf(client.putItem((put) -> put.tableName("orders_async").item(order("carol", "001", 5))),
						client.putItem((put) -> put.tableName("orders_async").item(order("carol", "002", 6))))
				.join();

			Map<String, AttributeValue> item = client
				.getItem((get) -> get.tableName("orders_async").key(key("carol", "002")))
				.join()
				.item();
			assertThat(item.get("total").n()).isEqualTo("6");

			QueryResponse carol = client
				.query((query) -> query.tableName("orders_async")
					.keyConditionExpression("customer = :c")
					.expressionAttributeValues(Map.of(":c", AttributeValue.fromS("carol")))
					.scanIndexForward(false))
				.join();
			assertThat(carol.items()).extracting((row) -> row.get("orderId").s()).containsExactly("002", "001");

			client.deleteItem((delete) -> delete.tableName("orders_async").key(key("carol", "002"))).join();
			assertThat(client.getItem((get) -> get.tableName("orders_async").key(key("carol", "002"))).join().hasItem())
				.isFalse();
		});
	}

	@Test
	void whenTheEnhancedClientsMapBeansThenTheyRoundTrip() {
		this.contextRunner.run((context) -> {
			TableSchema<Order> schema = TableSchema.fromBean(Order.class);
			DynamoDbTable<Order> table = context.getBean(DynamoDbEnhancedClient.class).table("orders_enhanced", schema);
			table.createTable();
			table.putItem(newOrder("dave", "001", 10));
			assertThat(table.getItem(Key.builder().partitionValue("dave").sortValue("001").build()).getTotal())
				.isEqualTo(10);

			DynamoDbAsyncTable<Order> asyncTable = context.getBean(DynamoDbEnhancedAsyncClient.class)
				.table("orders_enhanced", schema);
			asyncTable.putItem(newOrder("dave", "002", 20)).join();
			List<Order> orders = table.query(QueryConditional.keyEqualTo(Key.builder().partitionValue("dave").build()))
				.items()
				.stream()
				.toList();
			assertThat(orders).extracting(Order::getTotal).containsExactly(10, 20);
			asyncTable.deleteItem(Key.builder().partitionValue("dave").sortValue("001").build()).join();
			assertThat(table.getItem(Key.builder().partitionValue("dave").sortValue("001").build())).isNull();
		});
	}

	@Test
	void whenADbPathIsSetThenDataSurvivesARestart(@TempDir Path dir) {
		ApplicationContextRunner persistent = this.contextRunner
			.withPropertyValues("dynamo.embedded.db-path=" + dir.toAbsolutePath());
		persistent.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			client.createTable(ordersTable("orders_kept"));
			client.putItem((put) -> put.tableName("orders_kept").item(order("erin", "001", 3)));
		});
		persistent.run((context) -> {
			DynamoDbClient client = context.getBean(DynamoDbClient.class);
			assertThat(client.getItem((get) -> get.tableName("orders_kept").key(key("erin", "001"))).item())
				.containsEntry("total", AttributeValue.fromN("3"));
		});
	}

	@Test
	void whenTheServerIsInMemoryThenARestartStartsEmpty() {
		this.contextRunner
			.run((context) -> context.getBean(DynamoDbClient.class).createTable(ordersTable("orders_gone")));
		this.contextRunner.run((context) -> assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames())
			.doesNotContain("orders_gone"));
	}

	@Test
	void whenAnEndpointPropertyIsAlsoSetThenTheEmbeddedServerWins() {
		this.contextRunner.withPropertyValues("dynamo.endpoint=http://localhost:1").run((context) -> {
			URI endpoint = context.getBean(EmbeddedDynamoServer.class).endpoint();
			assertThat(context.getBean(DynamoConnection.class).endpoint()).isEqualTo(endpoint);
		});
	}

	static CreateTableRequest ordersTable(String name) {
		return CreateTableRequest.builder()
			.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(
					AttributeDefinition.builder()
						.attributeName("customer")
						.attributeType(ScalarAttributeType.S)
						.build(),
					AttributeDefinition.builder().attributeName("orderId").attributeType(ScalarAttributeType.S).build())
			.keySchema(KeySchemaElement.builder().attributeName("customer").keyType(KeyType.HASH).build(),
					KeySchemaElement.builder().attributeName("orderId").keyType(KeyType.RANGE).build())
			.build();
	}

	static Map<String, AttributeValue> key(String customer, String orderId) {
		return Map.of("customer", AttributeValue.fromS(customer), "orderId", AttributeValue.fromS(orderId));
	}

	static Map<String, AttributeValue> order(String customer, String orderId, int total) {
		return Map.of("customer", AttributeValue.fromS(customer), "orderId", AttributeValue.fromS(orderId), "total",
				AttributeValue.fromN(Integer.toString(total)));
	}

	private static Order newOrder(String customer, String orderId, int total) {
		Order order = new Order();
		order.setCustomer(customer);
		order.setOrderId(orderId);
		order.setTotal(total);
		return order;
	}

	private static boolean canConnect(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * An order, mapped by the enhanced client.
	 */
	@DynamoDbBean
	public static class Order {

		private String customer;

		private String orderId;

		private int total;

		@DynamoDbPartitionKey
		public String getCustomer() {
			return this.customer;
		}

		public void setCustomer(String customer) {
			this.customer = customer;
		}

		@DynamoDbSortKey
		public String getOrderId() {
			return this.orderId;
		}

		public void setOrderId(String orderId) {
			this.orderId = orderId;
		}

		public int getTotal() {
			return this.total;
		}

		public void setTotal(int total) {
			this.total = total;
		}

	}

}
