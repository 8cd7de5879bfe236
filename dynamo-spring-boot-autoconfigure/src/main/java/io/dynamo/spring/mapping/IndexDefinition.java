/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.util.List;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

/**
 * A secondary index of an entity's table.
 *
 * @param name the index name
 * @param local whether it is a local secondary index (it shares the table's partition
 * key; declared with a secondary sort key only)
 * @param partitionKey the index's partition key attribute
 * @param sortKey the index's sort key attribute, if any
 * @param projectionType what the index holds
 * @param nonKeyAttributes the attributes an {@code INCLUDE} projection holds
 * @author dynamo-spring-boot authors
 */
public record IndexDefinition(String name, boolean local, String partitionKey, @Nullable String sortKey,
		ProjectionType projectionType, List<String> nonKeyAttributes) {

}
