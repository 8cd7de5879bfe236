/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.core.DynamoConnection;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedAsyncClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the DynamoDB clients: synchronous
 * (Apache HTTP) and asynchronous (Netty), their enhanced variants and the
 * {@link DynamoConnection} facade, all configured from {@code dynamo.*}.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration
@ConditionalOnClass(DynamoDbClient.class)
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoClientAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean(DynamoConnectionDetails.class)
	PropertiesDynamoConnectionDetails dynamoConnectionDetails(DynamoProperties properties) {
		return new PropertiesDynamoConnectionDetails(properties);
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoClientConfigurer dynamoClientConfigurer(DynamoProperties properties,
			DynamoConnectionDetails connectionDetails) {
		return new DynamoClientConfigurer(properties, connectionDetails);
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoDbClient dynamoDbClient(DynamoClientConfigurer configurer,
			ObjectProvider<DynamoDbClientBuilderCustomizer> customizers) {
		DynamoDbClientBuilder builder = configurer.configure(DynamoDbClient.builder())
			.httpClientBuilder(configurer.httpClientBuilder());
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	/**
	 * Lazy: the Netty event loops start, and delay the context's shutdown by their quiet
	 * period, only in applications that use the asynchronous client.
	 */
	@Bean
	@Lazy
	@ConditionalOnMissingBean
	DynamoDbAsyncClient dynamoDbAsyncClient(DynamoClientConfigurer configurer,
			ObjectProvider<DynamoDbAsyncClientBuilderCustomizer> customizers) {
		DynamoDbAsyncClientBuilder builder = configurer.configure(DynamoDbAsyncClient.builder())
			.httpClientBuilder(configurer.asyncHttpClientBuilder());
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoDbEnhancedClient dynamoDbEnhancedClient(DynamoDbClient client,
			ObjectProvider<DynamoDbEnhancedClientBuilderCustomizer> customizers) {
		DynamoDbEnhancedClient.Builder builder = DynamoDbEnhancedClient.builder().dynamoDbClient(client);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@Lazy
	@ConditionalOnMissingBean
	DynamoDbEnhancedAsyncClient dynamoDbEnhancedAsyncClient(DynamoDbAsyncClient client,
			ObjectProvider<DynamoDbEnhancedAsyncClientBuilderCustomizer> customizers) {
		DynamoDbEnhancedAsyncClient.Builder builder = DynamoDbEnhancedAsyncClient.builder().dynamoDbClient(client);
		customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
		return builder.build();
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoConnection dynamoConnection(DynamoDbClient client) {
		return new DynamoConnection(client);
	}

}
