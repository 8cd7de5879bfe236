/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.quickstart;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.GeneratedId;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import org.springframework.data.annotation.Version;

@DynamoEntity(table = "notes")
public record Note(@DynamoDbPartitionKey String author,
		@DynamoDbSortKey @GeneratedId(GeneratedId.Strategy.ULID) String id, String text, @Version Long version) {
}
