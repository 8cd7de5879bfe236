/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.support;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.dynamo.spring.core.BatchGet;
import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.core.ReadOptions;
import io.dynamo.spring.core.ScanSpec;
import io.dynamo.spring.expression.Projection;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.repository.DynamoRepository;
import io.dynamo.spring.repository.callback.DynamoEntityCallbacks;
import io.dynamo.spring.repository.query.ItemKeys;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.util.Assert;

/**
 * The implementation behind every DynamoDB repository: CRUD by key through
 * {@link DynamoOperations}, batches for the {@code ...All} methods, entity callbacks
 * around writes and reads. {@link #findAll()}, {@link #count()} and {@link #deleteAll()}
 * scan the table; a repository may expose them only with
 * {@link io.dynamo.spring.repository.AllowScan}.
 *
 * @param <T> the entity type
 * @param <ID> the key type
 * @author dynamo-spring-boot authors
 */
public class SimpleDynamoRepository<T, ID> implements DynamoRepository<T, ID>, ListCrudRepository<T, ID> {

	private static final int CHUNK = 1000;

	private final DynamoEntityInformation<T, ID> information;

	private final EntityMetadata<T> entity;

	private final DynamoOperations operations;

	private final DynamoEntityCallbacks callbacks;

	/**
	 * Create a repository.
	 * @param information the entity information
	 * @param operations the operations to run with
	 * @param callbacks the entity callbacks
	 */
	public SimpleDynamoRepository(DynamoEntityInformation<T, ID> information, DynamoOperations operations,
			DynamoEntityCallbacks callbacks) {
		this.information = information;
		this.entity = information.getEntity();
		this.operations = operations;
		this.callbacks = callbacks;
	}

	@Override
	public <S extends T> S save(S entity) {
		Assert.notNull(entity, "The entity must not be null");
		String table = this.entity.tableName();
		S prepared = this.callbacks.beforeSave(this.callbacks.beforeConvert(entity, table), table);
		return this.callbacks.afterSave(this.operations.save(prepared), table);
	}

	@Override
	@SuppressWarnings("unchecked")
	public <S extends T> List<S> saveAll(Iterable<S> entities) {
		Assert.notNull(entities, "The entities must not be null");
		if (this.entity.versionAttribute() != null) {
			// BatchWriteItem takes no condition: each versioned write is checked on its
			// own
			List<S> saved = new ArrayList<>();
			entities.forEach((entity) -> saved.add(save(entity)));
			return saved;
		}
		String table = this.entity.tableName();
		List<S> written = new ArrayList<>();
		List<Object> chunk = new ArrayList<>();
		for (S entity : entities) {
			S prepared = this.callbacks.beforeSave(this.callbacks.beforeConvert(entity, table), table);
			// converted once, so that generated ids and timestamps are those written
			S converted = (S) this.entity.written(prepared, this.entity.toItem(prepared));
			chunk.add(converted);
			written.add(converted);
			if (chunk.size() == CHUNK) {
				writeChunk(chunk);
			}
		}
		writeChunk(chunk);
		written.replaceAll((entity) -> this.callbacks.afterSave(entity, table));
		return written;
	}

	private void writeChunk(List<Object> chunk) {
		if (!chunk.isEmpty()) {
			this.operations.batchWrite(BatchWrite.create().put(List.copyOf(chunk)));
			chunk.clear();
		}
	}

	@Override
	public Optional<T> findById(ID id) {
		DynamoKey key = key(id);
		return this.operations.findById(this.entity.type(), key.partition(), key.sort())
			.map((found) -> this.callbacks.afterConvert(found, this.entity.tableName()));
	}

	@Override
	public boolean existsById(ID id) {
		DynamoKey key = key(id);
		return this.operations
			.findById(this.entity.type(), key.partition(), key.sort(),
					ReadOptions.projection(Projection.of(this.entity.partitionKey())))
			.isPresent();
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		Assert.notNull(ids, "The ids must not be null");
		List<DynamoKey> keys = new ArrayList<>();
		ids.forEach((id) -> keys.add(key(id)));
		if (keys.isEmpty()) {
			return List.of();
		}
		List<T> found = new ArrayList<>(
				this.operations.batchGet(BatchGet.create().get(this.entity.type(), keys)).get(this.entity.type()));
		found.replaceAll((item) -> this.callbacks.afterConvert(item, this.entity.tableName()));
		return found;
	}

	@Override
	public void deleteById(ID id) {
		DynamoKey key = key(id);
		this.operations.deleteById(this.entity.type(), key.partition(), key.sort());
	}

	@Override
	public void delete(T entity) {
		Assert.notNull(entity, "The entity must not be null");
		this.operations.delete(entity);
	}

	@Override
	public void deleteAllById(Iterable<? extends ID> ids) {
		Assert.notNull(ids, "The ids must not be null");
		List<DynamoKey> keys = new ArrayList<>();
		for (ID id : ids) {
			keys.add(key(id));
			if (keys.size() == CHUNK) {
				deleteKeys(keys);
			}
		}
		deleteKeys(keys);
	}

	@Override
	public void deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "The entities must not be null");
		if (this.entity.versionAttribute() != null) {
			entities.forEach(this::delete);
			return;
		}
		List<DynamoKey> keys = new ArrayList<>();
		for (T entity : entities) {
			keys.add(ItemKeys.of(this.entity, entity));
			if (keys.size() == CHUNK) {
				deleteKeys(keys);
			}
		}
		deleteKeys(keys);
	}

	private void deleteKeys(List<DynamoKey> keys) {
		if (!keys.isEmpty()) {
			this.operations.batchWrite(BatchWrite.create().delete(this.entity.type(), List.copyOf(keys)));
			keys.clear();
		}
	}

	/**
	 * Scan the whole table (needs {@link io.dynamo.spring.repository.AllowScan} on the
	 * repository or the declaring method).
	 * @return every entity
	 */
	@Override
	public List<T> findAll() {
		try (Stream<T> items = this.operations.scan(ScanSpec.of(this.entity.type()))) {
			return items.map((item) -> this.callbacks.afterConvert(item, this.entity.tableName())).toList();
		}
	}

	/**
	 * Count every item of the table with a scan ({@code Select=COUNT}).
	 * @return the number of items
	 */
	@Override
	public long count() {
		return this.operations.count(ScanSpec.of(this.entity.type()));
	}

	/**
	 * Delete every item of the table: a scan of the keys, then batches of deletes.
	 */
	@Override
	public void deleteAll() {
		Projection keys = (this.entity.sortKey() != null)
				? Projection.of(this.entity.partitionKey(), this.entity.sortKey())
				: Projection.of(this.entity.partitionKey());
		List<DynamoKey> chunk = new ArrayList<>();
		try (Stream<T> items = this.operations.scan(ScanSpec.of(this.entity.type()).projection(keys))) {
			for (Iterator<T> iterator = items.iterator(); iterator.hasNext();) {
				chunk.add(ItemKeys.of(this.entity, iterator.next()));
				if (chunk.size() == CHUNK) {
					deleteKeys(chunk);
				}
			}
		}
		deleteKeys(chunk);
	}

	private DynamoKey key(ID id) {
		Assert.notNull(id, "The id must not be null");
		return this.information.toKey(id);
	}

}
