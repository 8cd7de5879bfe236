/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Samples of the used heap after a full collection, taken while a stream is consumed.
 *
 * @author dynamo-spring-boot authors
 */
final class Heap {

	private final List<Long> samples = new ArrayList<>();

	static long usedAfterGc() {
		System.gc();
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	void sample() {
		this.samples.add(usedAfterGc());
	}

	List<Long> samples() {
		return this.samples;
	}

	/**
	 * Return the growth of the used heap from the first sample to the highest later one.
	 * @return bytes
	 */
	long growth() {
		long first = this.samples.get(0);
		long max = first;
		for (long sample : this.samples) {
			max = Math.max(max, sample);
		}
		return max - first;
	}

	/**
	 * Return the used heap of the last sample minus the first.
	 * @return bytes, negative when the heap shrank
	 */
	long endToEnd() {
		return this.samples.get(this.samples.size() - 1) - this.samples.get(0);
	}

	static long maxHeap() {
		return Runtime.getRuntime().maxMemory();
	}

}
