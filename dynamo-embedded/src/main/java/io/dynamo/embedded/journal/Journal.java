/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.dynamo.embedded.storage.Catalog;
import io.dynamo.embedded.storage.ChangeListener;
import io.dynamo.embedded.storage.ItemChange;
import io.dynamo.embedded.storage.Table;
import io.dynamo.embedded.storage.TableDefinition;

/**
 * The write-ahead journal of a data directory. As a {@link ChangeListener} it appends
 * each atomic unit of changes (and each table definition) as one record to an in-memory
 * buffer, in the order the write path applied them, and notes the position on the writing
 * thread; {@link #awaitDurable()} then makes everything up to that position durable
 * before the write is acknowledged.
 * <p>
 * Group commit: one waiting thread at a time writes the whole buffer, its own records and
 * all others appended meanwhile, and forces it to disk (one fsync); the threads whose
 * records it carried find them durable and return without an fsync of their own. The item
 * locks are not held while waiting, so concurrent writers fill the next batch while the
 * current one is forced.
 * <p>
 * When the journal passes its size limit it is compacted in the background: the journal
 * is rotated, a snapshot of the catalog is written beside it, renamed into place and the
 * older files removed.
 */
public final class Journal implements ChangeListener, AutoCloseable {

	private final Layout layout;

	private final Catalog catalog;

	private final long compactAfter;

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final Object appendLock = new Object();

	private ExposedBuffer buffer = new ExposedBuffer(1 << 16);

	private ExposedBuffer spare = new ExposedBuffer(1 << 16);

	/** Bytes appended since the engine started (guarded by appendLock). */
	private long appended;

	/** Bytes durable since the engine started. */
	private volatile long durable;

	private final ReentrantLock flushLock = new ReentrantLock();

	private FileChannel channel;

	private long generation;

	private volatile long fileBytes;

	private volatile IOException failure;

	private final Set<String> knownTables = ConcurrentHashMap.newKeySet();

	private final ThreadLocal<long[]> pending = ThreadLocal.withInitial(() -> new long[1]);

	private final AtomicBoolean compacting = new AtomicBoolean();

	private final ExecutorService compactor;

	private volatile boolean closed;

	private Journal(Layout layout, Catalog catalog, long compactAfter, FileChannel lockChannel, FileLock lock) {
		this.layout = layout;
		this.catalog = catalog;
		this.compactAfter = compactAfter;
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.compactor = Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "dynamo-engine-compactor");
			thread.setDaemon(true);
			return thread;
		});
	}

	/**
	 * Opens a data directory: recovers the catalog from it, then journals every change
	 * the catalog applies from here on.
	 * @param directory the data directory (created when missing)
	 * @param catalog an empty catalog to fill; the journal becomes its listener
	 * @param compactAfter the journal size that triggers a snapshot
	 * @throws UncheckedIOException when the directory cannot be read or is in use
	 */
	public static Journal open(Path directory, Catalog catalog, long compactAfter) {
		try {
			Files.createDirectories(directory);
			Layout layout = new Layout(directory);
			FileChannel lockChannel = FileChannel.open(layout.lock(), StandardOpenOption.CREATE,
					StandardOpenOption.WRITE);
			FileLock lock;
			try {
				lock = lockChannel.tryLock();
			}
			catch (OverlappingFileLockException ex) {
				lock = null;
			}
			if (lock == null) {
				lockChannel.close();
				throw new IOException("The data directory " + directory + " is in use by another engine");
			}
			Journal journal = new Journal(layout, catalog, compactAfter, lockChannel, lock);
			Recovery recovery = new Recovery(layout, catalog);
			Recovery.Result result = recovery.run();
			journal.knownTables.addAll(recovery.tableIds());
			journal.openJournal(result.generation(), result.journalLength());
			catalog.addListener(journal);
			return journal;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not open the data directory " + directory + ": " + ex.getMessage(),
					ex);
		}
	}

	private void openJournal(long generation, long length) throws IOException {
		Path file = this.layout.journal(generation);
		if (length < Frames.JOURNAL_HEADER.length) {
			Files.deleteIfExists(file);
			this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
			this.channel.write(ByteBuffer.wrap(Frames.JOURNAL_HEADER));
			this.channel.force(true);
			this.layout.syncDirectory();
			this.fileBytes = Frames.JOURNAL_HEADER.length;
		}
		else {
			this.channel = FileChannel.open(file, StandardOpenOption.WRITE);
			this.channel.position(length);
			this.fileBytes = length;
		}
		this.generation = generation;
	}

	@Override
	public void onChanges(List<ItemChange> changes) {
		for (ItemChange change : changes) {
			Table table = change.table();
			if (!this.knownTables.contains(table.definition().tableId())) {
				// written before its table's creation reached the journal
				tableChanged(table);
			}
		}
		append(Payloads.changes(changes));
	}

	@Override
	public void onTableCreated(Table table) {
		tableChanged(table);
	}

	@Override
	public void onTableUpdated(Table table) {
		tableChanged(table);
	}

	@Override
	public void onTableDeleted(Table table) {
		append(Payloads.drop(table.definition()));
		this.knownTables.remove(table.definition().tableId());
	}

	private void tableChanged(Table table) {
		TableDefinition definition = table.definition();
		this.knownTables.add(definition.tableId());
		append(Payloads.table(definition));
	}

	private void append(byte[] payload) {
		long position;
		synchronized (this.appendLock) {
			int before = this.buffer.size();
			Frames.write(this.buffer, payload);
			this.appended += this.buffer.size() - before;
			position = this.appended;
		}
		this.pending.get()[0] = position;
	}

	/**
	 * Returns once every record this thread appended is on disk (forced). Called after
	 * each operation, before its response.
	 * @throws UncheckedIOException when the journal could not be written; the write is
	 * then not acknowledged, and neither is any later one
	 */
	public void awaitDurable() {
		long target = this.pending.get()[0];
		if (target > this.durable) {
			flush(target);
		}
	}

	private void flush(long target) {
		this.flushLock.lock();
		try {
			if (this.durable >= target) {
				return;
			}
			writeBuffered();
		}
		finally {
			this.flushLock.unlock();
		}
		if (this.fileBytes > this.compactAfter && !this.closed && this.compacting.compareAndSet(false, true)) {
			this.compactor.execute(this::compactQuietly);
		}
	}

	/** Writes and forces all that is buffered. Flush lock held. */
	private void writeBuffered() {
		if (this.failure != null) {
			throw new UncheckedIOException("The journal could not be written earlier", this.failure);
		}
		ExposedBuffer data;
		long upTo;
		synchronized (this.appendLock) {
			data = this.buffer;
			this.buffer = this.spare;
			upTo = this.appended;
		}
		try {
			ByteBuffer content = data.content();
			long written = content.remaining();
			while (content.hasRemaining()) {
				this.channel.write(content);
			}
			this.channel.force(false);
			this.fileBytes += written;
			this.durable = upTo;
		}
		catch (IOException ex) {
			this.failure = ex;
			throw new UncheckedIOException("Could not write the journal", ex);
		}
		finally {
			data.recycle();
			this.spare = data;
		}
	}

	/**
	 * Compacts now: rotates the journal, writes a snapshot of the catalog and removes the
	 * files it replaces. Writes go on meanwhile (into the new journal).
	 */
	public void compact() {
		this.compacting.set(true);
		try {
			Snapshots.compact(this);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not compact the journal", ex);
		}
		finally {
			this.compacting.set(false);
		}
	}

	private void compactQuietly() {
		try {
			Snapshots.compact(this);
		}
		catch (IOException | RuntimeException ex) {
			// the journal stays whole; the next growth tries again
		}
		finally {
			this.compacting.set(false);
		}
	}

	/**
	 * Makes everything buffered durable in the current journal and starts the next one.
	 * @return the new journal's generation: the snapshot to cut covers all before it
	 */
	long rotate() throws IOException {
		this.flushLock.lock();
		try {
			writeBuffered();
			this.channel.close();
			openJournal(this.generation + 1, 0);
			return this.generation;
		}
		finally {
			this.flushLock.unlock();
		}
	}

	Layout layout() {
		return this.layout;
	}

	Catalog catalog() {
		return this.catalog;
	}

	/** The size of the current journal file. */
	public long size() {
		return this.fileBytes;
	}

	/**
	 * Stops journaling: what was acknowledged is on disk already; the rest is written.
	 */
	@Override
	public void close() {
		this.closed = true;
		this.catalog.removeListener(this);
		this.compactor.shutdown();
		try {
			this.compactor.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.flushLock.lock();
		try {
			if (this.failure == null) {
				writeBuffered();
			}
			this.channel.close();
			this.lock.release();
			this.lockChannel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.flushLock.unlock();
		}
	}

}
