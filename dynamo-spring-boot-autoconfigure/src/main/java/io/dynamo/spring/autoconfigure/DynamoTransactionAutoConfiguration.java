/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.transaction.DynamoTransactionManager;
import io.dynamo.spring.transaction.TransactWriteExecutor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizationAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionManagerCustomizers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionManager;

/**
 * {@link EnableAutoConfiguration Auto-configuration} of DynamoDB transactions: the
 * {@link TransactWriteExecutor} (its conflict retries from {@code dynamo.transactions.*})
 * and the {@link DynamoTransactionManager} bean {@code dynamoTransactionManager}. When
 * the application has no other transaction manager, {@code @Transactional} uses it; when
 * it has one (JPA, JDBC), that one stays the default and ours is reached by name:
 * {@code @Transactional("dynamoTransactionManager")}. Runs after the JDBC and JPA
 * transaction managers' auto-configurations so that they still back off only for a
 * transaction manager of the user's.
 *
 * @author dynamo-spring-boot authors
 */
@AutoConfiguration(
		after = { DynamoDataAutoConfiguration.class, TransactionManagerCustomizationAutoConfiguration.class },
		afterName = { "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
				"org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration" },
		before = TransactionAutoConfiguration.class)
@ConditionalOnClass(PlatformTransactionManager.class)
@ConditionalOnBean(DynamoDbClient.class)
@EnableConfigurationProperties(DynamoTransactionProperties.class)
public final class DynamoTransactionAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TransactWriteExecutor dynamoTransactWriteExecutor(DynamoDbClient client, DynamoTransactionProperties properties) {
		return new TransactWriteExecutor(client, properties.conflictRetries(), properties.conflictBackoff());
	}

	private static DynamoTransactionManager transactionManager(TransactWriteExecutor executor,
			ObjectProvider<TransactionManagerCustomizers> customizers) {
		DynamoTransactionManager manager = new DynamoTransactionManager(executor);
		customizers.ifAvailable((each) -> each.customize(manager));
		return manager;
	}

	/**
	 * The only transaction manager: the one {@code @Transactional} uses.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "dynamo.transactions.enabled", matchIfMissing = true)
	@ConditionalOnMissingBean(TransactionManager.class)
	static class OnlyTransactionManagerConfiguration {

		@Bean
		DynamoTransactionManager dynamoTransactionManager(TransactWriteExecutor executor,
				ObjectProvider<TransactionManagerCustomizers> customizers) {
			return transactionManager(executor, customizers);
		}

	}

	/**
	 * Beside another transaction manager: not a default candidate, so that the other one
	 * stays the one {@code @Transactional} and injection by type use.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBooleanProperty(name = "dynamo.transactions.enabled", matchIfMissing = true)
	@ConditionalOnBean(TransactionManager.class)
	@ConditionalOnMissingBean(DynamoTransactionManager.class)
	static class BesideOtherTransactionManagerConfiguration {

		@Bean(defaultCandidate = false)
		DynamoTransactionManager dynamoTransactionManager(TransactWriteExecutor executor,
				ObjectProvider<TransactionManagerCustomizers> customizers) {
			return transactionManager(executor, customizers);
		}

	}

}
