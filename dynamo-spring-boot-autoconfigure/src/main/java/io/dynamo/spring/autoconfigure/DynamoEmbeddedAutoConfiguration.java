/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.nio.file.Path;

import io.dynamo.spring.embedded.EmbeddedDynamoServer;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the embedded DynamoDB engine
 * ({@code io.dynamo:dynamo-embedded}), started only when
 * {@code dynamo.embedded.enabled=true}. Over HTTP it binds to {@code 127.0.0.1};
 * in-process it gives the auto-configured clients the engine's own HTTP clients. It
 * supplies the {@link DynamoConnectionDetails} that point every client at it, and stops
 * with the application context.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(before = DynamoClientAutoConfiguration.class)
@ConditionalOnBooleanProperty("dynamo.embedded.enabled")
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoEmbeddedAutoConfiguration {

	private static final Log logger = LogFactory.getLog(DynamoEmbeddedAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	EmbeddedDynamoServer embeddedDynamoServer(DynamoProperties properties, ResourceLoader resourceLoader) {
		if (!EmbeddedDynamoServer.isAvailable(resourceLoader.getClassLoader())) {
			throw new InvalidDynamoPropertyException("dynamo.embedded.enabled",
					"the embedded DynamoDB engine is enabled but it is not on the classpath",
					"Add the dependency " + EmbeddedDynamoServer.ENGINE_ARTIFACT
							+ " (for development and tests), or set dynamo.embedded.enabled=false.");
		}
		DynamoProperties.Embedded embedded = properties.embedded();
		if (embedded.sharedDb() != null) {
			logger.info("dynamo.embedded.shared-db is ignored: it was a DynamoDB Local option, and the embedded "
					+ "engine keeps one database for every access key and region");
		}
		Path directory = (embedded.dbPath() != null) ? Path.of(embedded.dbPath()) : null;
		return EmbeddedDynamoServer.start(new EmbeddedDynamoServer.Options(embedded.transport(), embedded.port(),
				directory, embedded.shared(), embedded.enforceCapacity()));
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoConnectionDetails dynamoConnectionDetails(EmbeddedDynamoServer server, DynamoProperties properties) {
		String region = (properties.region() != null) ? properties.region()
				: EmbeddedDynamoConnectionDetails.DEFAULT_REGION;
		return new EmbeddedDynamoConnectionDetails(server, region);
	}

	@Bean
	@ConditionalOnMissingBean
	EmbeddedDynamoClientCustomizer embeddedDynamoClientCustomizer(EmbeddedDynamoServer server) {
		return new EmbeddedDynamoClientCustomizer(server);
	}

}
