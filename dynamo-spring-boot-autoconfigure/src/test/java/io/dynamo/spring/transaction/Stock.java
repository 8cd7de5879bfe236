/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * The stock of a product: how many are available.
 *
 * @param sku the product
 * @param available the quantity available
 */
@DynamoEntity(table = "stock")
public record Stock(@DynamoDbPartitionKey String sku, int available) {

}
