/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A customer's account, with a counter of the orders placed.
 *
 * @param id the customer
 * @param orders the number of orders placed
 */
@DynamoEntity(table = "accounts")
public record CustomerAccount(@DynamoDbPartitionKey String id, long orders) {

}
