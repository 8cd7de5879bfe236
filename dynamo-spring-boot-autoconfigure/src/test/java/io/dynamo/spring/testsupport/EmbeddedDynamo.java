/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testsupport;

import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.TableSettings;
import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An embedded DynamoDB Local with a client, a mapping context, a template and a table
 * admin over it, for tests of the data layer. Close it after the tests.
 *
 * @author dynamo-spring-boot authors
 */
public final class DynamoLocal implements AutoCloseable {

	private final EmbeddedDynamoServer server;

	private final DynamoDbClient client;

	private final DynamoMappingContext mappingContext;

	private final DynamoTemplate template;

	private final DynamoTableAdmin admin;

	private DynamoLocal(TableNameResolver tableNames) {
		this.server = EmbeddedDynamoServer.start(0, null, true);
		this.client = DynamoDbClient.builder()
			.endpointOverride(this.server.endpoint())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.httpClientBuilder(ApacheHttpClient.builder())
			.overrideConfiguration((overrides) -> overrides.retryStrategy(RetryMode.STANDARD))
			.build();
		this.mappingContext = new DynamoMappingContext(tableNames);
		this.template = new DynamoTemplate(this.client, this.mappingContext);
		this.admin = new DynamoTableAdmin(this.client, this.mappingContext, TableSettings.ON_DEMAND);
	}

	/**
	 * Start a server and create the tables of the given entities.
	 * @param entities the entity classes
	 * @return the running fixture
	 */
	public static DynamoLocal start(Class<?>... entities) {
		DynamoLocal local = new DynamoLocal(TableNameResolver.NONE);
		for (Class<?> entity : entities) {
			local.admin.createTable(entity);
		}
		return local;
	}

	public EmbeddedDynamoServer server() {
		return this.server;
	}

	public String endpoint() {
		return this.server.endpoint().toString();
	}

	public DynamoDbClient client() {
		return this.client;
	}

	public DynamoMappingContext mappingContext() {
		return this.mappingContext;
	}

	public DynamoTemplate template() {
		return this.template;
	}

	public DynamoTableAdmin admin() {
		return this.admin;
	}

	@Override
	public void close() {
		this.client.close();
		this.server.close();
	}

}
