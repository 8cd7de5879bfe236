/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import java.math.BigDecimal;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A record with a decimal sort key, which DynamoDB stores in canonical form.
 *
 * @param series the partition
 * @param at the position
 * @param value the value
 */
@DynamoEntity
public record Measure(@DynamoDbPartitionKey String series, @DynamoDbSortKey BigDecimal at, String value) {

}
