/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A record with a numeric sort key and a payload, for paging tests.
 *
 * @param bucket the partition
 * @param seq the position in the partition
 * @param payload the payload
 */
@DynamoEntity
public record Chunk(@DynamoDbPartitionKey String bucket, @DynamoDbSortKey int seq, String payload) {

}
