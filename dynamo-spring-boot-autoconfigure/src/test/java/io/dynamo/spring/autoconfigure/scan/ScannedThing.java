/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.scan;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;

/**
 * An entity found by scanning the auto-configuration package.
 *
 * @param id the key
 * @param kind the index key
 */
@DynamoEntity(table = "things")
public record ScannedThing(@DynamoDbPartitionKey String id,
		@DynamoDbSecondaryPartitionKey(indexNames = "byKind") String kind) {

}
