/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testsupport;

import io.dynamo.embedded.protocol.DynamoHttpServer;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.TableSettings;
import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * The embedded engine in-process, with a client, a mapping context, a template and a
 * table admin over it, for tests of the data layer; {@link #endpoint()} serves the same
 * engine over HTTP for other clients (the AWS CLI). Close it after the tests.
 *
 * @author dynamo-spring-boot authors
 */
public final class EmbeddedDynamo implements AutoCloseable {

	private final EmbeddedDynamoServer server;

	private final DynamoDbClient client;

	private final DynamoMappingContext mappingContext;

	private final DynamoTemplate template;

	private final DynamoTableAdmin admin;

	private @Nullable DynamoHttpServer http;

	private EmbeddedDynamo(TableNameResolver tableNames) {
		this.server = EmbeddedDynamoServer.start(EmbeddedDynamoServer.Options.inProcess());
		this.client = clientBuilder().build();
		this.mappingContext = new DynamoMappingContext(tableNames);
		this.template = new DynamoTemplate(this.client, this.mappingContext);
		this.admin = new DynamoTableAdmin(this.client, this.mappingContext, TableSettings.ON_DEMAND);
	}

	/**
	 * Start an engine and create the tables of the given entities.
	 * @param entities the entity classes
	 * @return the running fixture
	 */
	public static EmbeddedDynamo start(Class<?>... entities) {
		EmbeddedDynamo local = new EmbeddedDynamo(TableNameResolver.NONE);
		for (Class<?> entity : entities) {
			local.admin.createTable(entity);
		}
		return local;
	}

	/**
	 * Return a builder of a further client of the engine, in-process, with the fixture's
	 * region, credentials and retry mode.
	 * @return a new builder
	 */
	public DynamoDbClientBuilder clientBuilder() {
		return DynamoDbClient.builder()
			.endpointOverride(this.server.endpoint())
			.httpClient(this.server.httpClient())
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration((overrides) -> overrides.retryStrategy(RetryMode.STANDARD));
	}

	public EmbeddedDynamoServer server() {
		return this.server;
	}

	/**
	 * Return an HTTP endpoint of the same engine, started on first use.
	 * @return {@code http://127.0.0.1:<port>}
	 */
	public synchronized String endpoint() {
		if (this.http == null) {
			this.http = this.server.engine().startHttpServer(0);
		}
		return this.http.endpoint().toString();
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
		if (this.http != null) {
			this.http.close();
		}
		this.server.close();
	}

}
