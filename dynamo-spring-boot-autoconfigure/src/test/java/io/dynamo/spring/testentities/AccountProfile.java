/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.PartitionKeyTemplate;
import io.dynamo.spring.mapping.SortKeyTemplate;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;

/**
 * A second entity of the single table {@code app}, with an index of its own.
 *
 * @param accountId the account
 * @param email the e-mail address, key of the {@code byEmail} index
 */
@DynamoEntity(table = "app")
@PartitionKeyTemplate(attribute = "pk", value = "ACCOUNT#{accountId}")
@SortKeyTemplate(attribute = "sk", value = "PROFILE#{accountId}")
public record AccountProfile(String accountId, @DynamoDbSecondaryPartitionKey(indexNames = "byEmail") String email) {

}
