/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.concurrent.TimeUnit;

import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.spring.transaction.TransactWriteResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;

/**
 * A transaction of 10 writes of small items (about 1 KB) over the stub HTTP client, the
 * contenders of {@link TransactionContenders} run one after the other by JMH: through
 * {@code @Transactional}, through the programmatic {@code transactWrite}, and as a
 * hand-built {@code TransactWriteItems} request on the raw client (the floor). The goal
 * is within 1.10 times the raw client in the same run; {@link TransactionRounds} measures
 * it with the contenders taking turns, which drift on a loaded machine does not skew.
 *
 * @author dynamo-spring-boot authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TransactionBenchmark {

	private TransactionContenders contenders;

	/**
	 * Build the contenders.
	 */
	@Setup
	public void setUp() {
		this.contenders = new TransactionContenders();
	}

	/**
	 * Close the contenders.
	 */
	@TearDown
	public void tearDown() {
		this.contenders.close();
	}

	/**
	 * The 10 writes as a hand-built request on the raw client.
	 * @return the response
	 */
	@Benchmark
	public TransactWriteItemsResponse raw() {
		return this.contenders.raw();
	}

	/**
	 * The 10 writes through {@code transactWrite}.
	 * @return the result
	 */
	@Benchmark
	public TransactWriteResult programmatic() {
		return this.contenders.programmatic();
	}

	/**
	 * The 10 writes as 10 {@code save} calls inside a {@code @Transactional} method.
	 * @return the last entity written
	 */
	@Benchmark
	public SmallItem annotated() {
		return this.contenders.annotated();
	}

}
