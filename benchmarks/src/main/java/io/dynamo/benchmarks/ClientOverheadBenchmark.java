/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.concurrent.TimeUnit;

import io.dynamo.benchmarks.model.Workload;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH: the client-side cost of one operation, without the network. Every contender calls
 * the same {@link StubDynamoHttpClient}, which answers with canned DynamoDB responses, so
 * the SDK pipeline and the mapping run and nothing else. Method names are
 * {@code <operation><contender>}; run with {@code -prof gc} for the bytes allocated per
 * operation.
 *
 * @author dynamo-spring-boot authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientOverheadBenchmark {

	/**
	 * The item size: {@code tiny}, {@code small} (about 1 KB) or {@code large} (about 100
	 * KB, nested).
	 */
	@Param({ "tiny", "small", "large" })
	public String size = "small";

	private OverheadContenders<?> contenders;

	/**
	 * Build the clients of every contender over the stub.
	 */
	@Setup
	public void setUp() {
		this.contenders = new OverheadContenders<>(Workload.named(this.size));
	}

	/**
	 * Close the clients and the limiter.
	 */
	@TearDown
	public void tearDown() {
		this.contenders.close();
	}

	/**
	 * GetItem through the raw client with hand-written attribute-value mapping (the
	 * floor).
	 * @return the result
	 */
	@Benchmark
	public Object getRaw() {
		return this.contenders.getRaw();
	}

	/**
	 * GetItem through the enhanced client with a static table schema.
	 * @return the result
	 */
	@Benchmark
	public Object getEnhancedStatic() {
		return this.contenders.getEnhancedStatic();
	}

	/**
	 * GetItem through the enhanced client with a bean table schema.
	 * @return the result
	 */
	@Benchmark
	public Object getEnhancedBean() {
		return this.contenders.getEnhancedBean();
	}

	/**
	 * GetItem through Spring Cloud AWS's {@code DynamoDbTemplate}.
	 * @return the result
	 */
	@Benchmark
	public Object getSpringCloudAws() {
		return this.contenders.getSpringCloudAws();
	}

	/**
	 * GetItem through our {@code DynamoTemplate}.
	 * @return the result
	 */
	@Benchmark
	public Object getDynamo() {
		return this.contenders.getDynamo();
	}

	/**
	 * GetItem through our repository's {@code findById} (over the same template).
	 * @return the result
	 */
	@Benchmark
	public Object getRepository() {
		return this.contenders.getRepository();
	}

	/**
	 * GetItem through our {@code DynamoTemplate} with meters, SDK metrics and the rate
	 * limiter on.
	 * @return the result
	 */
	@Benchmark
	public Object getDynamoObserved() {
		return this.contenders.getDynamoObserved();
	}

	/**
	 * PutItem through the raw client with hand-written attribute-value mapping (the
	 * floor).
	 * @return the result
	 */
	@Benchmark
	public Object putRaw() {
		return this.contenders.putRaw();
	}

	/**
	 * PutItem through the enhanced client with a static table schema.
	 * @return the result
	 */
	@Benchmark
	public Object putEnhancedStatic() {
		return this.contenders.putEnhancedStatic();
	}

	/**
	 * PutItem through the enhanced client with a bean table schema.
	 * @return the result
	 */
	@Benchmark
	public Object putEnhancedBean() {
		return this.contenders.putEnhancedBean();
	}

	/**
	 * PutItem through Spring Cloud AWS's {@code DynamoDbTemplate}.
	 * @return the result
	 */
	@Benchmark
	public Object putSpringCloudAws() {
		return this.contenders.putSpringCloudAws();
	}

	/**
	 * PutItem through our {@code DynamoTemplate}.
	 * @return the result
	 */
	@Benchmark
	public Object putDynamo() {
		return this.contenders.putDynamo();
	}

	/**
	 * PutItem through our {@code DynamoTemplate} with meters, SDK metrics and the rate
	 * limiter on.
	 * @return the result
	 */
	@Benchmark
	public Object putDynamoObserved() {
		return this.contenders.putDynamoObserved();
	}

	/**
	 * UpdateItem through the raw client with hand-written attribute-value mapping (the
	 * floor).
	 * @return the result
	 */
	@Benchmark
	public Object updateRaw() {
		return this.contenders.updateRaw();
	}

	/**
	 * UpdateItem through the enhanced client with a static table schema.
	 * @return the result
	 */
	@Benchmark
	public Object updateEnhancedStatic() {
		return this.contenders.updateEnhancedStatic();
	}

	/**
	 * UpdateItem through the enhanced client with a bean table schema.
	 * @return the result
	 */
	@Benchmark
	public Object updateEnhancedBean() {
		return this.contenders.updateEnhancedBean();
	}

	/**
	 * UpdateItem through Spring Cloud AWS's {@code DynamoDbTemplate}.
	 * @return the result
	 */
	@Benchmark
	public Object updateSpringCloudAws() {
		return this.contenders.updateSpringCloudAws();
	}

	/**
	 * UpdateItem through our {@code DynamoTemplate}.
	 * @return the result
	 */
	@Benchmark
	public Object updateDynamo() {
		return this.contenders.updateDynamo();
	}

	/**
	 * UpdateItem through our {@code DynamoTemplate} with meters, SDK metrics and the rate
	 * limiter on.
	 * @return the result
	 */
	@Benchmark
	public Object updateDynamoObserved() {
		return this.contenders.updateDynamoObserved();
	}

	/**
	 * Query (one page) through the raw client with hand-written attribute-value mapping
	 * (the floor).
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int queryRaw(Blackhole blackhole) {
		return this.contenders.queryRaw(blackhole);
	}

	/**
	 * Query (one page) through the enhanced client with a static table schema.
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int queryEnhancedStatic(Blackhole blackhole) {
		return this.contenders.queryEnhancedStatic(blackhole);
	}

	/**
	 * Query (one page) through the enhanced client with a bean table schema.
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int queryEnhancedBean(Blackhole blackhole) {
		return this.contenders.queryEnhancedBean(blackhole);
	}

	/**
	 * Query (one page) through Spring Cloud AWS's {@code DynamoDbTemplate}.
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int querySpringCloudAws(Blackhole blackhole) {
		return this.contenders.querySpringCloudAws(blackhole);
	}

	/**
	 * Query (one page) through our {@code DynamoTemplate}.
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int queryDynamo(Blackhole blackhole) {
		return this.contenders.queryDynamo(blackhole);
	}

	/**
	 * Query through our repository's derived query {@code streamByPk} (over the same
	 * template).
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int queryRepository(Blackhole blackhole) {
		return this.contenders.queryRepository(blackhole);
	}

	/**
	 * Query (one page) through our {@code DynamoTemplate} with meters, SDK metrics and
	 * the rate limiter on.
	 * @param blackhole consumes the items
	 * @return the number of items
	 */
	@Benchmark
	public int queryDynamoObserved(Blackhole blackhole) {
		return this.contenders.queryDynamoObserved(blackhole);
	}

}
