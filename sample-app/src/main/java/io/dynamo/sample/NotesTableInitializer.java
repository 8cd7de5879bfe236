/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Creates the notes table at start-up when it is missing (on by default, off in the
 * {@code prod} profile where tables are provisioned apart from the application).
 *
 * @author dynamo-spring-boot authors
 */
@Component
@EnableConfigurationProperties(NotesProperties.class)
@ConditionalOnBooleanProperty(name = "sample.notes.create-table", matchIfMissing = true)
class NotesTableInitializer implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(NotesTableInitializer.class);

	private final DynamoDbClient client;

	private final DynamoDbTable<Note> table;

	NotesTableInitializer(DynamoDbClient client, DynamoDbEnhancedClient enhancedClient, NotesProperties properties) {
		this.client = client;
		this.table = enhancedClient.table(properties.table(), NotesController.SCHEMA);
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			this.client.describeTable((request) -> request.tableName(this.table.tableName()));
		}
		catch (ResourceNotFoundException ex) {
			this.table.createTable();
			this.client.waiter().waitUntilTableExists((request) -> request.tableName(this.table.tableName()));
			logger.info("Created table " + this.table.tableName());
		}
	}

}
