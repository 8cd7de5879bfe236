/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.repositories.app;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import org.springframework.data.annotation.LastModifiedBy;

/**
 * An entity of the application.
 *
 * @param owner the owner
 * @param name the name
 * @param colour the colour
 * @param modifiedBy who wrote it last
 */
@DynamoEntity(table = "gadgets")
public record Gadget(@DynamoDbPartitionKey String owner, @DynamoDbSortKey String name, String colour,
		@LastModifiedBy String modifiedBy) {

}
