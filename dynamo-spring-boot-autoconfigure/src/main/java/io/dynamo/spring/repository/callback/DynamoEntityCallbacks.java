/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.callback;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mapping.callback.EntityCallbacks;

/**
 * Runs the entity callbacks of a repository; with no callbacks registered, each call
 * returns the entity unchanged.
 *
 * @author dynamo-spring-boot authors
 */
public final class DynamoEntityCallbacks {

	/**
	 * Callbacks that do nothing.
	 */
	public static final DynamoEntityCallbacks NONE = new DynamoEntityCallbacks(null);

	private final @Nullable EntityCallbacks callbacks;

	/**
	 * Create callbacks.
	 * @param callbacks Spring Data's callbacks, or {@code null} for none
	 */
	public DynamoEntityCallbacks(@Nullable EntityCallbacks callbacks) {
		this.callbacks = callbacks;
	}

	/**
	 * Run the {@link BeforeConvertCallback}s.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param tableName the table name
	 * @return the entity to go on with
	 */
	public <T> T beforeConvert(T entity, String tableName) {
		return (this.callbacks != null) ? this.callbacks.callback(BeforeConvertCallback.class, entity, tableName)
				: entity;
	}

	/**
	 * Run the {@link BeforeSaveCallback}s.
	 * @param <T> the entity type
	 * @param entity the entity
	 * @param tableName the table name
	 * @return the entity to go on with
	 */
	public <T> T beforeSave(T entity, String tableName) {
		return (this.callbacks != null) ? this.callbacks.callback(BeforeSaveCallback.class, entity, tableName) : entity;
	}

	/**
	 * Run the {@link AfterSaveCallback}s.
	 * @param <T> the entity type
	 * @param entity the entity as written
	 * @param tableName the table name
	 * @return the entity to go on with
	 */
	public <T> T afterSave(T entity, String tableName) {
		return (this.callbacks != null) ? this.callbacks.callback(AfterSaveCallback.class, entity, tableName) : entity;
	}

	/**
	 * Run the {@link AfterConvertCallback}s.
	 * @param <T> the entity type
	 * @param entity the entity read
	 * @param tableName the table name
	 * @return the entity to go on with
	 */
	public <T> T afterConvert(T entity, String tableName) {
		return (this.callbacks != null) ? this.callbacks.callback(AfterConvertCallback.class, entity, tableName)
				: entity;
	}

}
