/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup.repositories;

import java.util.List;

import io.dynamo.benchmarks.startup.entities.Entity03;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.DynamoRepository;

/**
 * A repository of {@link Entity03} with two derived queries, planned at start-up.
 *
 * @author dynamo-spring-boot authors
 */
public interface Entity03Repository extends DynamoRepository<Entity03, DynamoKey> {

	List<Entity03> findByPkAndNameStartingWith(String pk, String prefix);

	long countByPkAndActiveTrue(String pk);

}
