/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Applies a schema action to the known entities' tables at start-up: validate, create
 * missing tables, or create them and delete them again at shutdown.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoSchemaInitializer implements AutoCloseable {

	private static final Log logger = LogFactory.getLog(DynamoSchemaInitializer.class);

	private final DynamoTableAdmin admin;

	private final Collection<Class<?>> entities;

	private final Action action;

	private final List<String> created = new ArrayList<>();

	/**
	 * Create an initializer.
	 * @param admin the table admin
	 * @param entities the entity classes
	 * @param action what to do
	 */
	public DynamoSchemaInitializer(DynamoTableAdmin admin, Collection<Class<?>> entities, Action action) {
		this.admin = admin;
		this.entities = List.copyOf(entities);
		this.action = action;
	}

	/**
	 * Apply the action.
	 * @throws DynamoSchemaValidationException when validating and a table differs
	 */
	public void initialize() {
		if (this.action == Action.NONE) {
			return;
		}
		if (this.action == Action.VALIDATE) {
			List<String> differences = this.admin.validate(this.entities);
			if (!differences.isEmpty()) {
				throw new DynamoSchemaValidationException(differences);
			}
			return;
		}
		List<String> tables = this.admin.createMissingTables(this.entities);
		this.created.addAll(tables);
		tables.forEach((table) -> logger.info("Created DynamoDB table " + table));
	}

	@Override
	public void close() {
		if (this.action == Action.CREATE_DROP) {
			this.admin.deleteTables(this.created);
			this.created.forEach((table) -> logger.info("Deleted DynamoDB table " + table));
		}
	}

	/**
	 * What to do with tables at start-up.
	 */
	public enum Action {

		/** Leave tables alone. */
		NONE,
		/** Fail when a table is missing or differs from its entity. */
		VALIDATE,
		/** Create missing tables. */
		CREATE,
		/** Create missing tables and delete them on close. */
		CREATE_DROP

	}

}
