/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import java.time.LocalDate;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.PartitionKeyTemplate;
import io.dynamo.spring.mapping.SortKeyTemplate;

/**
 * A single-table design record: its keys are templates over its attributes.
 */
@DynamoEntity(table = "app")
@PartitionKeyTemplate(attribute = "pk", value = "ACCOUNT#{accountId}")
@SortKeyTemplate(attribute = "sk", value = "EVENT#{day}#{eventId}")
public record AccountEvent(String accountId, LocalDate day, String eventId, int amount) {

}
