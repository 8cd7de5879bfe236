/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup.manual;

import java.net.URI;

import io.dynamo.benchmarks.startup.entities.Entity01;
import io.dynamo.benchmarks.startup.entities.Entity02;
import io.dynamo.benchmarks.startup.entities.Entity03;
import io.dynamo.benchmarks.startup.entities.Entity04;
import io.dynamo.benchmarks.startup.entities.Entity05;
import io.dynamo.benchmarks.startup.entities.Entity06;
import io.dynamo.benchmarks.startup.entities.Entity07;
import io.dynamo.benchmarks.startup.entities.Entity08;
import io.dynamo.benchmarks.startup.entities.Entity09;
import io.dynamo.benchmarks.startup.entities.Entity10;
import io.dynamo.benchmarks.startup.StartupProbe;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.http.apache.ApacheHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The start-up run's application without the starter: the same Spring Boot application
 * (our auto-configurations excluded) that builds the client, the enhanced client and one
 * table per entity by hand.
 *
 * @author dynamo-spring-boot authors
 */
@SpringBootApplication(excludeName = { "io.dynamo.spring.autoconfigure.DynamoEmbeddedAutoConfiguration",
		"io.dynamo.spring.autoconfigure.DynamoClientAutoConfiguration",
		"io.dynamo.spring.autoconfigure.DynamoDataAutoConfiguration",
		"io.dynamo.spring.autoconfigure.DynamoHealthContributorAutoConfiguration",
		"io.dynamo.spring.autoconfigure.DynamoMetricsAutoConfiguration",
		"io.dynamo.spring.autoconfigure.DynamoRateLimitAutoConfiguration",
		"io.dynamo.spring.autoconfigure.DynamoEndpointAutoConfiguration" })
public class HandWiredStartupApp {

	@Bean
	DynamoDbClient dynamoDbClient() {
		return DynamoDbClient.builder()
			.region(Region.US_EAST_1)
			.endpointOverride(URI.create(StartupProbe.ENDPOINT))
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench")))
			.httpClientBuilder(ApacheHttpClient.builder())
			.overrideConfiguration((overrides) -> overrides.retryStrategy(RetryMode.STANDARD))
			.build();
	}

	@Bean
	DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client) {
		return DynamoDbEnhancedClient.builder().dynamoDbClient(client).build();
	}

	@Bean
	DynamoDbTable<Entity01> entity01Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity01", TableSchema.fromBean(Entity01.class));
	}

	@Bean
	DynamoDbTable<Entity02> entity02Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity02", TableSchema.fromBean(Entity02.class));
	}

	@Bean
	DynamoDbTable<Entity03> entity03Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity03", TableSchema.fromBean(Entity03.class));
	}

	@Bean
	DynamoDbTable<Entity04> entity04Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity04", TableSchema.fromBean(Entity04.class));
	}

	@Bean
	DynamoDbTable<Entity05> entity05Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity05", TableSchema.fromBean(Entity05.class));
	}

	@Bean
	DynamoDbTable<Entity06> entity06Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity06", TableSchema.fromBean(Entity06.class));
	}

	@Bean
	DynamoDbTable<Entity07> entity07Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity07", TableSchema.fromBean(Entity07.class));
	}

	@Bean
	DynamoDbTable<Entity08> entity08Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity08", TableSchema.fromBean(Entity08.class));
	}

	@Bean
	DynamoDbTable<Entity09> entity09Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity09", TableSchema.fromBean(Entity09.class));
	}

	@Bean
	DynamoDbTable<Entity10> entity10Table(DynamoDbEnhancedClient enhanced) {
		return enhanced.table("entity10", TableSchema.fromBean(Entity10.class));
	}

}
