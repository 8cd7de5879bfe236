/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.concurrent.TimeUnit;

import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.TableNameResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchemaParams;

/**
 * JMH: building one entity's schema from scratch (the small item, a {@code @DynamoDbBean}
 * with 10 attributes): our mapping context's metadata (which includes the SDK's bean
 * schema) against the SDK's bean schema alone. {@code TableSchema.fromBean} caches per
 * class, so the SDK side is measured through {@code BeanTableSchema.create(params)},
 * which builds every time.
 *
 * @author dynamo-spring-boot authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaBuildBenchmark {

	/**
	 * Our entity metadata, built by a new mapping context.
	 * @return the metadata
	 */
	@Benchmark
	public EntityMetadata<SmallItem> dynamoEntityMetadata() {
		return new DynamoMappingContext(TableNameResolver.NONE).getEntity(SmallItem.class);
	}

	/**
	 * The SDK's bean table schema, built without its per-class cache.
	 * @return the schema
	 */
	@Benchmark
	public TableSchema<SmallItem> sdkBeanTableSchema() {
		return BeanTableSchema.create(BeanTableSchemaParams.builder(SmallItem.class).build());
	}

}
