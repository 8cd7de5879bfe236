/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of an in-process DynamoDB Local,
 * started only when {@code dynamo.embedded.enabled=true}. It binds to {@code 127.0.0.1},
 * supplies the {@link DynamoConnectionDetails} that point every client at it, and stops
 * with the application context.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(before = DynamoClientAutoConfiguration.class)
@ConditionalOnBooleanProperty("dynamo.embedded.enabled")
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoEmbeddedAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	EmbeddedDynamoServer embeddedDynamoServer(DynamoProperties properties, ResourceLoader resourceLoader) {
		if (!EmbeddedDynamoServer.isAvailable(resourceLoader.getClassLoader())) {
			throw new InvalidDynamoPropertyException("dynamo.embedded.enabled",
					"the embedded DynamoDB Local is enabled but it is not on the classpath",
					"Add the dependency " + EmbeddedDynamoServer.DYNAMODB_LOCAL_ARTIFACT
							+ " (version 2.6.1 or later, with the AWS SDK BOM imported), or set dynamo.embedded.enabled=false.");
		}
		DynamoProperties.Embedded embedded = properties.embedded();
		return EmbeddedDynamoServer.start(embedded.port(), embedded.dbPath(), embedded.sharedDb());
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoConnectionDetails dynamoConnectionDetails(EmbeddedDynamoServer server, DynamoProperties properties) {
		String region = (properties.region() != null) ? properties.region()
				: EmbeddedDynamoConnectionDetails.DEFAULT_REGION;
		return new EmbeddedDynamoConnectionDetails(server, region);
	}

}
