/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup.repositories;

import java.util.List;

import io.dynamo.benchmarks.startup.entities.Entity09;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.repository.DynamoRepository;

/**
 * A repository of {@link Entity09} with two derived queries, planned at start-up.
 *
 * @author dynamo-spring-boot authors
 */
public interface Entity09Repository extends DynamoRepository<Entity09, DynamoKey> {

	List<Entity09> findByPkAndNameStartingWith(String pk, String prefix);

	long countByPkAndActiveTrue(String pk);

}
