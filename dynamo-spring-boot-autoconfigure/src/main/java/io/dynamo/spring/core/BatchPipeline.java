/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.scheduling.concurrent.CustomizableThreadFactory;

/**
 * The chunks of one batch call on at most {@code max-parallelism} threads, each started
 * as soon as it is submitted, their results collected in the order of submission. With
 * one thread (or one chunk) every chunk runs on the calling thread, as it is submitted.
 *
 * @param <C> the chunk type
 * @param <R> the result of a chunk
 * @author dynamo-spring-boot authors
 */
final class BatchPipeline<C, R> implements AutoCloseable {

	private final Function<C, R> task;

	private final @Nullable ExecutorService executor;

	private final List<Future<R>> futures = new ArrayList<>();

	private final List<R> inline = new ArrayList<>();

	/**
	 * Create a pipeline.
	 * @param parallelism the most chunks in flight at once
	 * @param chunks how many chunks will be submitted (an upper bound)
	 * @param task what runs for each chunk
	 */
	BatchPipeline(int parallelism, int chunks, Function<C, R> task) {
		this.task = task;
		int threads = Math.min(parallelism, chunks);
		this.executor = (threads > 1) ? Executors.newFixedThreadPool(threads, threadFactory()) : null;
	}

	void submit(C chunk) {
		if (this.executor == null) {
			this.inline.add(this.task.apply(chunk));
		}
		else {
			this.futures.add(this.executor.submit(() -> this.task.apply(chunk)));
		}
	}

	/**
	 * Wait for every chunk submitted.
	 * @return the results, in the order of submission
	 */
	List<R> results() {
		if (this.executor == null) {
			return this.inline;
		}
		List<R> results = new ArrayList<>(this.futures.size());
		try {
			for (Future<R> future : this.futures) {
				results.add(future.get());
			}
			return results;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while running a batch", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	@Override
	public void close() {
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
	}

	private static CustomizableThreadFactory threadFactory() {
		CustomizableThreadFactory factory = new CustomizableThreadFactory("dynamo-batch-");
		factory.setDaemon(true);
		return factory;
	}

}
