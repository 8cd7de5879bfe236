/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.time.LocalDate;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.PartitionKeyTemplate;
import io.dynamo.spring.mapping.SortKeyTemplate;

@DynamoEntity(table = "app")
@PartitionKeyTemplate(attribute = "pk", value = "ACCOUNT#{accountId}")
@SortKeyTemplate(attribute = "sk", value = "EVENT#{day}#{eventId}")
public record AccountEvent(String accountId, LocalDate day, String eventId, int amount) {
}
