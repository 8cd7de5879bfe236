/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.util.stream.Stream;

import io.dynamo.benchmarks.model.LargeItem;
import io.dynamo.benchmarks.model.SmallItem;
import io.dynamo.benchmarks.model.TinyItem;
import io.dynamo.benchmarks.model.Workload;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.repository.DynamoRepository;
import io.dynamo.spring.repository.support.DynamoRepositoryFactory;

import org.springframework.data.repository.NoRepositoryBean;

/**
 * The repository contenders of {@link ClientOverheadBenchmark}: one repository per
 * workload's item type, over the same {@code DynamoTemplate} as the template contender.
 *
 * @author dynamo-spring-boot authors
 */
final class BenchmarkRepositories {

	private BenchmarkRepositories() {
	}

	@SuppressWarnings("unchecked")
	static <T> ItemRepository<T> create(Workload<T> workload, DynamoOperations operations) {
		DynamoRepositoryFactory factory = new DynamoRepositoryFactory(operations);
		Class<?> repository = switch (workload.name()) {
			case "tiny" -> TinyItems.class;
			case "small" -> SmallItems.class;
			default -> LargeItems.class;
		};
		return (ItemRepository<T>) factory.getRepository(repository);
	}

	/**
	 * What the benchmark calls: a read by key and a derived query of one partition.
	 *
	 * @param <T> the item type
	 */
	@NoRepositoryBean
	interface ItemRepository<T> extends DynamoRepository<T, DynamoKey> {

		Stream<T> streamByPk(String pk);

	}

	interface TinyItems extends ItemRepository<TinyItem> {

	}

	interface SmallItems extends ItemRepository<SmallItem> {

	}

	interface LargeItems extends ItemRepository<LargeItem> {

	}

}
