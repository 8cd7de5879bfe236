/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

import java.math.BigDecimal;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import org.springframework.data.annotation.Version;

// tag::entity[]
@DynamoEntity(table = "orders")
public record Order(@DynamoDbPartitionKey String customerId,
		@DynamoDbSortKey @DynamoDbSecondarySortKey(indexNames = "byStatus") String placedOn,
		@DynamoDbSecondaryPartitionKey(indexNames = "byStatus") String status, BigDecimal total,
		@Version Long version) {

}
// end::entity[]
