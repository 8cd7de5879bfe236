/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.lang.ref.Cleaner;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * A parallel scan merged into one lazy stream: each segment is scanned page by page on a
 * bounded pool, into a bounded queue, so memory stays constant whatever the table's size.
 * The segments stop when the stream is closed, when it has been read to the end, when a
 * segment fails, or when the stream is abandoned and collected.
 *
 * @author dynamo-spring-boot authors
 */
final class ParallelScan {

	private static final int QUEUE_CAPACITY = 1024;

	private static final Cleaner cleaner = Cleaner.create();

	private ParallelScan() {
	}

	static <T> Stream<T> stream(QueryExecutor executor, ScanSpec<T> spec, int totalSegments, int parallelism) {
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
		CustomizableThreadFactory threads = new CustomizableThreadFactory("dynamo-scan-");
		threads.setDaemon(true);
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, totalSegments), threads);
		for (int segment = 0; segment < totalSegments; segment++) {
			int current = segment;
			pool.execute(() -> scanSegment(executor, spec, current, totalSegments, queue));
		}
		pool.shutdown();
		Merged<T> merged = new Merged<>(queue, totalSegments, pool);
		// an abandoned stream must not leave segments blocked on the full queue
		cleaner.register(merged, pool::shutdownNow);
		Stream<T> stream = StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.NONNULL), false)
			.onClose(pool::shutdownNow);
		return (spec.limitValue() != Integer.MAX_VALUE) ? stream.limit(spec.limitValue()) : stream;
	}

	private static <T> void scanSegment(QueryExecutor executor, ScanSpec<T> spec, int segment, int totalSegments,
			BlockingQueue<Object> queue) {
		try (Stream<T> items = executor.scanSegment(spec, segment, totalSegments)) {
			Iterator<T> iterator = items.iterator();
			while (iterator.hasNext()) {
				queue.put(iterator.next());
			}
			queue.put(Done.INSTANCE);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			try {
				queue.put(new Failed(ex));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private enum Done {

		INSTANCE

	}

	private record Failed(Throwable error) {

	}

	private static final class Merged<T> implements Iterator<T> {

		private final BlockingQueue<Object> queue;

		private final ExecutorService pool;

		private int running;

		private Object next;

		Merged(BlockingQueue<Object> queue, int segments, ExecutorService pool) {
			this.queue = queue;
			this.running = segments;
			this.pool = pool;
		}

		@Override
		public boolean hasNext() {
			while (this.next == null && this.running > 0) {
				Object taken;
				try {
					taken = this.queue.take();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					this.pool.shutdownNow();
					throw new IllegalStateException("Interrupted while waiting for a scan segment", ex);
				}
				if (taken == Done.INSTANCE) {
					this.running--;
				}
				else if (taken instanceof Failed failed) {
					this.running = 0;
					this.pool.shutdownNow();
					if (failed.error() instanceof RuntimeException runtime) {
						throw runtime;
					}
					if (failed.error() instanceof Error error) {
						throw error;
					}
					throw new IllegalStateException("A scan segment failed", failed.error());
				}
				else {
					this.next = taken;
				}
			}
			return this.next != null;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T next() {
			if (!hasNext()) {
				throw new NoSuchElementException();
			}
			T item = (T) this.next;
			this.next = null;
			return item;
		}

	}

}
