/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.DynamoMappingContext;
import io.dynamo.spring.mapping.EntityMetadata;
import io.dynamo.spring.mapping.TableNameResolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.BeanTableSchema;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * JMH: building one entity's schema from scratch (the small item: 10 attributes). The SDK
 * caches bean table schemas per class in a static map ({@code TableSchema.fromBean} and
 * {@code BeanTableSchema.create} both use it, and our mapping context builds bean schemas
 * through it), so every invocation clears that cache first: the figures are the cost of a
 * first build, as at start-up.
 *
 * @author dynamo-spring-boot authors
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SchemaBuildBenchmark {

	private Map<?, ?> sdkCache = Map.of();

	/**
	 * Find the SDK's bean schema cache.
	 * @throws ReflectiveOperationException if the SDK no longer has it
	 */
	@Setup
	public void setUp() throws ReflectiveOperationException {
		Field cache = BeanTableSchema.class.getDeclaredField("BEAN_TABLE_SCHEMA_CACHE");
		cache.setAccessible(true);
		this.sdkCache = (Map<?, ?>) cache.get(null);
	}

	/**
	 * Our entity metadata of the {@code @DynamoDbBean}, built by a new mapping context.
	 * @return the metadata
	 */
	@Benchmark
	public EntityMetadata<SmallItem> dynamoBeanEntity() {
		this.sdkCache.clear();
		return new DynamoMappingContext(TableNameResolver.NONE).getEntity(SmallItem.class);
	}

	/**
	 * Our entity metadata of the same item as a record (which the SDK cannot map).
	 * @return the metadata
	 */
	@Benchmark
	public EntityMetadata<SmallRecord> dynamoRecordEntity() {
		this.sdkCache.clear();
		return new DynamoMappingContext(TableNameResolver.NONE).getEntity(SmallRecord.class);
	}

	/**
	 * The SDK's bean table schema alone.
	 * @return the schema
	 */
	@Benchmark
	public TableSchema<SmallItem> sdkBeanTableSchema() {
		this.sdkCache.clear();
		return TableSchema.fromBean(SmallItem.class);
	}

	/**
	 * The small item as a record entity.
	 *
	 * @param pk the partition key
	 * @param sk the sort key
	 * @param label the label
	 * @param name the name
	 * @param email the e-mail address
	 * @param city the city
	 * @param status the status text
	 * @param age the age
	 * @param score the score
	 * @param active whether the item is active
	 */
	@DynamoEntity(table = "small")
	public record SmallRecord(@DynamoDbPartitionKey String pk, @DynamoDbSortKey String sk, String label, String name,
			String email, String city, String status, Integer age, Double score, Boolean active) {

	}

}
