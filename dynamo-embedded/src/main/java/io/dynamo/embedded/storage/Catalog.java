/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;

/**
 * The engine's tables and the one write path for their items.
 * <p>
 * Every write goes through {@link #atomically}: the items' striped locks are taken in a
 * fixed order (so that multi-item writers, such as transactions across tables, never
 * deadlock), the body reads the current items and decides the new ones, and only when it
 * returns are the writes applied (table, then indexes) and handed to the
 * {@link ChangeListener}s, locks still held. A conditional write checks its condition in
 * the body, so it is linearizable; a body that throws applies nothing.
 */
public final class Catalog {

	private static final int STRIPES = 4096;

	/** DynamoDB's message for an item a transaction in flight holds. */
	public static final String TRANSACTION_ONGOING = "Transaction is ongoing for the item";

	private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();

	private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

	private final List<ChangeListener> listeners = new CopyOnWriteArrayList<>();

	private final TransactionClaims claims = new TransactionClaims();

	public Catalog() {
		for (int i = 0; i < STRIPES; i++) {
			this.stripes[i] = new ReentrantLock();
		}
	}

	/** Adds a listener of every applied change. */
	public void addListener(ChangeListener listener) {
		this.listeners.add(listener);
	}

	public void removeListener(ChangeListener listener) {
		this.listeners.remove(listener);
	}

	/** The table of that name, or null. */
	public Table table(String name) {
		return this.tables.get(name);
	}

	/** The tables by name, in name order. */
	public NavigableMap<String, Table> tables() {
		return this.tables;
	}

	/**
	 * Creates a table.
	 * @throws DynamoException a {@code ResourceInUseException} when it exists
	 */
	public Table create(TableDefinition definition) {
		Table table = new Table(definition);
		if (this.tables.putIfAbsent(definition.name(), table) != null) {
			throw DynamoException.resourceInUse("Table already exists: " + definition.name());
		}
		for (ChangeListener listener : this.listeners) {
			listener.onTableCreated(table);
		}
		return table;
	}

	/** Deletes a table and its items; waits for writes in flight on it. */
	public void delete(Table table) {
		table.structure().writeLock().lock();
		try {
			table.drop();
			this.tables.remove(table.name(), table);
			table.items().clear();
		}
		finally {
			table.structure().writeLock().unlock();
		}
		for (ChangeListener listener : this.listeners) {
			listener.onTableDeleted(table);
		}
	}

	/** Tells listeners a table's definition changed. */
	public void updated(Table table) {
		for (ChangeListener listener : this.listeners) {
			listener.onTableUpdated(table);
		}
	}

	/**
	 * Adds a global index to a table and fills it from the items already there, each
	 * under its item lock (writes during the backfill maintain the index themselves).
	 */
	public void addIndex(Table table, IndexDefinition index) {
		SecondaryIndex added = table.addIndex(index);
		for (StoreKey key : table.items().all().keySet()) {
			Map<String, AttributeValue> item = table.items().get(key);
			if (item == null) {
				continue;
			}
			ItemRef ref = new ItemRef(table, table.keySchema().keyOf(item));
			atomically(List.of(ref), (items) -> {
				Map<String, AttributeValue> current = items.current(ref);
				if (current != null) {
					table.backfill(added, index, current);
				}
				return null;
			});
		}
	}

	/** Removes a secondary index's entries from a table. */
	public void removeIndex(Table table, String name) {
		table.removeIndex(name);
	}

	/**
	 * Writes one item: the mutation gets the current item (or null) and returns the new
	 * one (or null to delete); returning the current item unchanged writes nothing.
	 * @return the change (old and new item), applied
	 */
	public ItemChange write(Table table, PrimaryKey key,
			Function<Map<String, AttributeValue>, Map<String, AttributeValue>> mutation) {
		return write(table, key, mutation, false);
	}

	/**
	 * Writes one item, as {@link #write(Table, PrimaryKey, Function)}, refusing it when a
	 * write transaction in flight holds the item (PutItem, UpdateItem and DeleteItem).
	 * @throws DynamoException a {@code TransactionConflictException} then
	 */
	public ItemChange writeOutsideTransactions(Table table, PrimaryKey key,
			Function<Map<String, AttributeValue>, Map<String, AttributeValue>> mutation) {
		return write(table, key, mutation, true);
	}

	private ItemChange write(Table table, PrimaryKey key,
			Function<Map<String, AttributeValue>, Map<String, AttributeValue>> mutation, boolean refuseConflicts) {
		ItemRef ref = new ItemRef(table, key);
		if (refuseConflicts && this.claims.held(ref)) {
			throw DynamoException.of("TransactionConflictException", 400, TRANSACTION_ONGOING);
		}
		return atomically(List.of(ref), (items) -> {
			Map<String, AttributeValue> current = items.current(ref);
			Map<String, AttributeValue> next = mutation.apply(current);
			if (next != current) {
				items.write(ref, next);
			}
			return new ItemChange(table, key, current, next);
		});
	}

	/**
	 * Runs a write transaction over distinct items: claims them (so that the requests
	 * that meet them meanwhile are refused, as DynamoDB refuses them), then
	 * {@link #atomically}, then releases them.
	 * @return what the body returned
	 * @throws TransactionConflict when another write transaction in flight holds some of
	 * the items; nothing ran
	 */
	public <T> T transaction(Collection<ItemRef> refs, Function<LockedItems, T> body) {
		Object owner = new Object();
		List<ItemRef> held = this.claims.claim(refs, owner);
		if (!held.isEmpty()) {
			throw new TransactionConflict(held);
		}
		try {
			return atomically(refs, body);
		}
		finally {
			this.claims.release(refs, owner);
		}
	}

	/**
	 * The items of these a write transaction in flight holds (a transactional read's
	 * conflicts).
	 */
	public List<ItemRef> heldByTransactions(Collection<ItemRef> refs) {
		List<ItemRef> held = new ArrayList<>();
		for (ItemRef ref : refs) {
			if (this.claims.held(ref)) {
				held.add(ref);
			}
		}
		return held;
	}

	/**
	 * Locks the items, runs the body, then applies the writes it asked for, all or
	 * nothing: the entry point of every write, single or multi-item.
	 * @param refs the items to lock (duplicates allowed); writes are allowed to these
	 * only
	 * @param body reads and decides; throws to abort with nothing applied
	 * @return what the body returned
	 * @throws DynamoException a {@code ResourceNotFoundException} when a table was
	 * deleted meanwhile
	 */
	public <T> T atomically(Collection<ItemRef> refs, Function<LockedItems, T> body) {
		TreeMap<String, Table> tables = new TreeMap<>();
		TreeSet<Integer> stripes = new TreeSet<>();
		for (ItemRef ref : refs) {
			tables.put(ref.table().name(), ref.table());
			stripes.add(stripe(ref));
		}
		List<Table> locked = new ArrayList<>(tables.size());
		List<ReentrantLock> held = new ArrayList<>(stripes.size());
		try {
			for (Table table : tables.values()) {
				table.structure().readLock().lock();
				locked.add(table);
				if (table.dropped()) {
					throw DynamoException.resourceNotFound("Requested resource not found");
				}
			}
			for (int stripe : stripes) {
				ReentrantLock lock = this.stripes[stripe];
				lock.lock();
				held.add(lock);
			}
			Writes writes = new Writes(refs);
			T result = body.apply(writes);
			if (!writes.pending.isEmpty()) {
				List<ItemChange> changes = new ArrayList<>(writes.pending.size());
				for (Map.Entry<ItemRef, Map<String, AttributeValue>> write : writes.pending.entrySet()) {
					ItemRef ref = write.getKey();
					Map<String, AttributeValue> old = ref.table().get(ref.key());
					ref.table().apply(ref.key(), old, write.getValue());
					changes.add(new ItemChange(ref.table(), ref.key(), old, write.getValue()));
				}
				List<ItemChange> applied = List.copyOf(changes);
				for (ChangeListener listener : this.listeners) {
					try {
						listener.onChanges(applied);
					}
					catch (RuntimeException ex) {
						// the change is applied; a failing listener must not undo it or
						// hide it
					}
				}
			}
			return result;
		}
		finally {
			for (int i = held.size() - 1; i >= 0; i--) {
				held.get(i).unlock();
			}
			for (int i = locked.size() - 1; i >= 0; i--) {
				locked.get(i).structure().readLock().unlock();
			}
		}
	}

	private static int stripe(ItemRef ref) {
		int hash = ref.table().name().hashCode() * 31 + ref.key().hashCode();
		hash ^= (hash >>> 16);
		return hash & (STRIPES - 1);
	}

	private static final class Writes implements LockedItems {

		private final Collection<ItemRef> locked;

		private final Map<ItemRef, Map<String, AttributeValue>> pending = new LinkedHashMap<>();

		Writes(Collection<ItemRef> locked) {
			this.locked = locked;
		}

		@Override
		public Map<String, AttributeValue> current(ItemRef ref) {
			return ref.table().get(ref.key());
		}

		@Override
		public void write(ItemRef ref, Map<String, AttributeValue> newItem) {
			if (!this.locked.contains(ref)) {
				throw new IllegalArgumentException("Item not locked: " + ref.key());
			}
			this.pending.put(ref, newItem);
		}

	}

}
