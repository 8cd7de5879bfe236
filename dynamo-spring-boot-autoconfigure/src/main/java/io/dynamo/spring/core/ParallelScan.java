/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

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
 * Closing the stream stops the segments.
 *
 * @author dynamo-spring-boot authors
 */
final class ParallelScan {

	private static final int QUEUE_CAPACITY = 1024;

	private ParallelScan() {
	}

	static <T> Stream<T> stream(QueryExecutor executor, ScanSpec<T> spec, int totalSegments, int parallelism) {
		BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
		CustomizableThreadFactory threads = new CustomizableThreadFactory("dynamo-scan-");
		threads.setDaemon(true);
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallelism, totalSegments), threads);
		for (int segment = 0; segment < totalSegments; segment++) {
			int current = segment;
			pool.execute(() -> {
				try (Stream<T> items = executor.scanSegment(spec, current, totalSegments)) {
					Iterator<T> iterator = items.iterator();
					while (iterator.hasNext()) {
						queue.put(iterator.next());
					}
					queue.put(Done.INSTANCE);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (RuntimeException ex) {
					try {
						queue.put(new Failed(ex));
					}
					catch (InterruptedException interrupted) {
						Thread.currentThread().interrupt();
					}
				}
			});
		}
		pool.shutdown();
		Iterator<T> merged = new Merged<>(queue, totalSegments);
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.NONNULL), false)
			.onClose(pool::shutdownNow);
	}

	private enum Done {

		INSTANCE

	}

	private record Failed(RuntimeException error) {

	}

	private static final class Merged<T> implements Iterator<T> {

		private final BlockingQueue<Object> queue;

		private int running;

		private Object next;

		Merged(BlockingQueue<Object> queue, int segments) {
			this.queue = queue;
			this.running = segments;
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
					throw new IllegalStateException("Interrupted while waiting for a scan segment", ex);
				}
				if (taken == Done.INSTANCE) {
					this.running--;
				}
				else if (taken instanceof Failed failed) {
					this.running = 0;
					throw failed.error();
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
