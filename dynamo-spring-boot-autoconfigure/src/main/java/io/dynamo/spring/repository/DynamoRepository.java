/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * A Spring Data repository of DynamoDB entities: the key-based part of CRUD. {@code ID}
 * is the partition key's type for a table without sort key, and
 * {@link io.dynamo.spring.core.DynamoKey} (or a record of the key's values whose
 * components are named after the key attributes) for a table with one.
 * <p>
 * {@code findAll()}, {@code count()} and {@code deleteAll()} read the whole table, so
 * this interface does not declare them: a repository that declares them, or extends
 * {@code CrudRepository}, must be annotated with {@link AllowScan}, else the application
 * fails at start-up. Derived query methods ({@code findByCustomerIdAndPlacedOnBetween})
 * must be key queries, checked at start-up as well.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 * @author dynamo-spring-boot authors
 */
@NoRepositoryBean
public interface DynamoRepository<T, ID> extends Repository<T, ID> {

	/**
	 * Write an entity, replacing any item with its key; a versioned entity only if the
	 * stored version is its own (see
	 * {@link io.dynamo.spring.core.DynamoOperations#save}).
	 * @param <S> the entity type
	 * @param entity the entity
	 * @return the entity as written (generated id, version and timestamps set)
	 */
	<S extends T> S save(S entity);

	/**
	 * Write entities: in batches for unversioned entities; one conditional write each for
	 * versioned ones, so that every version check holds.
	 * @param <S> the entity type
	 * @param entities the entities
	 * @return the entities as written
	 */
	<S extends T> List<S> saveAll(Iterable<S> entities);

	/**
	 * Read an entity by key (eventually consistent).
	 * @param id the key
	 * @return the entity, or empty
	 */
	Optional<T> findById(ID id);

	/**
	 * Whether an item has the key (reads the key attributes only).
	 * @param id the key
	 * @return {@code true} when the item exists
	 */
	boolean existsById(ID id);

	/**
	 * Read entities by key in batches.
	 * @param ids the keys
	 * @return the entities found, in no particular order
	 */
	List<T> findAllById(Iterable<ID> ids);

	/**
	 * Delete an item by key; a missing item is no error.
	 * @param id the key
	 */
	void deleteById(ID id);

	/**
	 * Delete an entity's item; a versioned entity only if the stored version is its own.
	 * @param entity the entity
	 */
	void delete(T entity);

	/**
	 * Delete items by key in batches.
	 * @param ids the keys
	 */
	void deleteAllById(Iterable<? extends ID> ids);

	/**
	 * Delete entities' items: in batches for unversioned entities, one conditional delete
	 * each for versioned ones.
	 * @param entities the entities
	 */
	void deleteAll(Iterable<? extends T> entities);

}
