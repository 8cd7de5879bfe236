/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.util.Map;

import io.dynamo.spring.autoconfigure.scan.ScanConfiguration;
import io.dynamo.spring.autoconfigure.scan.ScannedBean;
import io.dynamo.spring.autoconfigure.scan.ScannedThing;
import io.dynamo.spring.core.DynamoExceptionTranslator;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoSchemaInitializer;
import io.dynamo.spring.core.DynamoSchemaValidationException;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Tests for {@link DynamoDataAutoConfiguration}: beans, entity scanning, table names and
 * the schema action at start-up, on the embedded DynamoDB engine.
 *
 * @author dynamo-spring-boot authors
 */
class DynamoDataAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DynamoEmbeddedAutoConfiguration.class,
				DynamoClientAutoConfiguration.class, DynamoDataAutoConfiguration.class))
		.withUserConfiguration(ScanConfiguration.class)
		.withPropertyValues("dynamo.embedded.enabled=true", "dynamo.embedded.transport=in-process");

	@Test
	void whenTheClientIsConfiguredThenTheDataBeansAreCreatedAndEntitiesScanned() {
		this.contextRunner.run((context) -> {
			assertThat(context).hasSingleBean(DynamoTemplate.class)
				.hasSingleBean(DynamoMappingContext.class)
				.hasSingleBean(DynamoTableAdmin.class)
				.hasSingleBean(DynamoExceptionTranslator.class)
				.hasSingleBean(DynamoSchemaInitializer.class);
			assertThat(context.getBean(DynamoMappingContext.class).entities())
				.extracting((entity) -> (Class) entity.type())
				.containsExactlyInAnyOrder(ScannedThing.class, ScannedBean.class);
			assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).isEmpty();
		});
	}

	@Test
	void whenTheUserDefinesDataBeansThenTheAutoConfiguredOnesBackOff() {
		this.contextRunner
			.withBean("userMappingContext", DynamoMappingContext.class,
					() -> new DynamoMappingContext(new TableNameResolver("user-", null)))
			.withBean("userOperations", DynamoOperations.class,
					() -> new DynamoTemplate(
							DynamoDbClient.builder().region(software.amazon.awssdk.regions.Region.EU_WEST_1).build(),
							new DynamoMappingContext(TableNameResolver.NONE)))
			.run((context) -> {
				assertThat(context).hasSingleBean(DynamoMappingContext.class).hasSingleBean(DynamoOperations.class);
				assertThat(context.getBean(DynamoOperations.class)).isSameAs(context.getBean("userOperations"));
			});
	}

	@Test
	void whenSchemaActionIsCreateThenTablesWithIndexesExistAtStartUp() {
		this.contextRunner
			.withPropertyValues("dynamo.schema.action=create", "dynamo.table-prefix=dev-", "dynamo.table-suffix=-1",
					"dynamo.embedded.db-path=" + tempDir())
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				assertThat(client.listTables().tableNames()).containsExactlyInAnyOrder("dev-things-1",
						"dev-scannedBean-1");
				assertThat(client.describeTable((request) -> request.tableName("dev-things-1"))
					.table()
					.globalSecondaryIndexes()).extracting((index) -> index.indexName()).containsExactly("byKind");
				context.getBean(DynamoOperations.class).save(new ScannedThing("t-1", "round"));
				assertThat(context.getBean(DynamoOperations.class).findById(ScannedThing.class, "t-1"))
					.contains(new ScannedThing("t-1", "round"));
			});
	}

	@Test
	void whenSchemaActionIsCreateDropThenTablesAreDeletedAtShutdown() {
		java.nio.file.Path dir = tempDir();
		ApplicationContextRunner runner = this.contextRunner.withPropertyValues("dynamo.embedded.db-path=" + dir);
		runner.withPropertyValues("dynamo.schema.action=create-drop").run((context) -> {
			assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).hasSize(2);
			((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
		});
		runner.run((context) -> assertThat(context.getBean(DynamoDbClient.class).listTables().tableNames()).isEmpty());
	}

	@Test
	void whenSchemaActionIsValidateAndATableIsMissingThenStartUpFailsNamingIt() {
		this.contextRunner.withPropertyValues("dynamo.schema.action=validate").run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new DynamoSchemaValidationFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains("Tables do not match their entities")
				.contains("Table 'things' of ScannedThing does not exist")
				.contains("Table 'scannedBean' of ScannedBean does not exist");
			assertThat(analysis.getAction()).contains("dynamo.schema.action=create");
			assertThat(context.getStartupFailure()).hasRootCauseInstanceOf(DynamoSchemaValidationException.class);
		});
	}

	@Test
	void whenSchemaActionIsValidateAndTablesMatchThenStartUpSucceeds() {
		java.nio.file.Path dir = tempDir();
		ApplicationContextRunner runner = this.contextRunner.withPropertyValues("dynamo.embedded.db-path=" + dir);
		runner.withPropertyValues("dynamo.schema.action=create").run((context) -> assertThat(context).hasNotFailed());
		runner.withPropertyValues("dynamo.schema.action=validate").run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void whenTheEngineEnforcesCapacityThenAProvisionedSchemaTableThrottlesAboveItsThroughput() {
		this.contextRunner
			.withPropertyValues("dynamo.schema.action=create", "dynamo.schema.billing-mode=provisioned",
					"dynamo.schema.read-capacity=1", "dynamo.schema.write-capacity=1",
					"dynamo.embedded.enforce-capacity=true", "dynamo.retries.max-attempts=1")
			.run((context) -> {
				DynamoDbClient client = context.getBean(DynamoDbClient.class);
				// one unit per second with DynamoDB's burst of 300 seconds: far fewer
				// than
				// 1,000 one-unit writes get through
				assertThatExceptionOfType(ProvisionedThroughputExceededException.class).isThrownBy(() -> {
					for (int i = 0; i < 1_000; i++) {
						String id = "t-" + i;
						client.putItem((put) -> put.tableName("things")
							.item(Map.of("id", AttributeValue.fromS(id), "kind", AttributeValue.fromS("round"))));
					}
				});
			});
	}

	@Test
	void whenTablesAreProvisionedThenCreatedTablesHaveTheConfiguredCapacity() {
		this.contextRunner
			.withPropertyValues("dynamo.schema.action=create", "dynamo.schema.billing-mode=provisioned",
					"dynamo.schema.read-capacity=9", "dynamo.schema.write-capacity=4")
			.run((context) -> {
				var table = context.getBean(DynamoDbClient.class)
					.describeTable((request) -> request.tableName("things"))
					.table();
				assertThat(table.billingModeSummary() == null
						|| table.billingModeSummary().billingMode() == BillingMode.PROVISIONED)
					.isTrue();
				assertThat(table.provisionedThroughput().readCapacityUnits()).isEqualTo(9);
				assertThat(table.provisionedThroughput().writeCapacityUnits()).isEqualTo(4);
			});
	}

	@Test
	void whenProvisionedCapacityIsZeroThenStartUpFailsNamingTheProperty() {
		this.contextRunner.withPropertyValues("dynamo.schema.billing-mode=provisioned", "dynamo.schema.read-capacity=0")
			.run((context) -> assertThat(
					new InvalidDynamoPropertyFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
				.contains("dynamo.schema.read-capacity"));
	}

	private static java.nio.file.Path tempDir() {
		try {
			java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("dynamo-local");
			dir.toFile().deleteOnExit();
			return dir;
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
