/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.core.BatchOptions;
import io.dynamo.spring.core.DynamoExceptionTranslator;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.DynamoSchemaInitializer;
import io.dynamo.spring.core.DynamoTableAdmin;
import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.core.PageTokenCodec;
import io.dynamo.spring.core.TableSettings;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.TableNameResolver;
import io.dynamo.spring.transaction.TransactWriteExecutor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of the data layer: the entity
 * metadata (entities scanned and mapped at start-up), {@link DynamoTemplate}, table
 * administration and the {@code dynamo.schema.action} at start-up.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(after = DynamoClientAutoConfiguration.class)
@ConditionalOnBean(DynamoDbClient.class)
@EnableConfigurationProperties(DynamoProperties.class)
public final class DynamoDataAutoConfiguration {

	private static final Log logger = LogFactory.getLog(DynamoDataAutoConfiguration.class);

	@Bean
	@ConditionalOnMissingBean
	DynamoMappingContext dynamoMappingContext(DynamoProperties properties, BeanFactory beanFactory,
			Environment environment, ResourceLoader resourceLoader) {
		DynamoMappingContext context = new DynamoMappingContext(
				new TableNameResolver(properties.tablePrefix(), properties.tableSuffix()));
		context.initialize(DynamoEntityScanner.scan(beanFactory, environment, resourceLoader));
		return context;
	}

	@Bean
	@ConditionalOnMissingBean
	PageTokenCodec dynamoPageTokenCodec(DynamoProperties properties) {
		DynamoProperties.PageToken pageToken = properties.pageToken();
		if (pageToken.secret() == null) {
			String message = "No dynamo.page-token.secret is set: page tokens are encrypted with a key generated for "
					+ "this process, so they stop working after a restart and on other instances";
			if (properties.embedded().enabled()) {
				// an embedded, in-memory database does not outlive the process either
				logger.info(message);
			}
			else {
				logger.warn(message);
			}
			return PageTokenCodec.withRandomKey(pageToken.lifetime());
		}
		return new PageTokenCodec(pageToken.secret(), pageToken.lifetime());
	}

	@Bean
	@ConditionalOnMissingBean(DynamoOperations.class)
	DynamoTemplate dynamoTemplate(DynamoDbClient client, DynamoMappingContext mappingContext, PageTokenCodec pageTokens,
			DynamoProperties properties, ObjectProvider<TransactWriteExecutor> transactWrites) {
		DynamoProperties.Batch batch = properties.batch();
		DynamoTemplate template = new DynamoTemplate(client, mappingContext, pageTokens,
				BatchOptions.DEFAULT.withMaxParallelism(batch.maxParallelism()).withTimeBound(batch.timeBound()));
		transactWrites.ifAvailable(template::setTransactWriteExecutor);
		return template;
	}

	@Bean
	@ConditionalOnMissingBean
	DynamoTableAdmin dynamoTableAdmin(DynamoDbClient client, DynamoMappingContext mappingContext,
			DynamoProperties properties) {
		DynamoProperties.Schema schema = properties.schema();
		TableSettings settings = (schema.billingMode() == DynamoProperties.BillingMode.PROVISIONED)
				? new TableSettings(BillingMode.PROVISIONED, schema.readCapacity(), schema.writeCapacity())
				: TableSettings.ON_DEMAND;
		return new DynamoTableAdmin(client, mappingContext, settings);
	}

	@Bean
	@ConditionalOnMissingBean
	static DynamoExceptionTranslator dynamoExceptionTranslator() {
		return new DynamoExceptionTranslator();
	}

	@Bean(initMethod = "initialize")
	@ConditionalOnMissingBean
	DynamoSchemaInitializer dynamoSchemaInitializer(DynamoTableAdmin admin, DynamoMappingContext mappingContext,
			DynamoProperties properties) {
		DynamoProperties.SchemaAction action = properties.schema().action();
		DynamoSchemaInitializer.Action mode = switch (action) {
			case NONE -> DynamoSchemaInitializer.Action.NONE;
			case VALIDATE -> DynamoSchemaInitializer.Action.VALIDATE;
			case CREATE -> DynamoSchemaInitializer.Action.CREATE;
			case CREATE_DROP -> DynamoSchemaInitializer.Action.CREATE_DROP;
		};
		return new DynamoSchemaInitializer(admin,
				mappingContext.entities().stream().<Class<?>>map((entity) -> entity.type()).toList(), mode);
	}

}
