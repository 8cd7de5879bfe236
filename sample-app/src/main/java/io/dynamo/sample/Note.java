/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import java.time.Instant;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.GeneratedId;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.Version;

/**
 * A note, kept in the {@code notes} table under its author and a time-ordered id.
 *
 * @param author the author, the partition key
 * @param id the note id (a ULID, generated), the sort key
 * @param text the text
 * @param version the version, for optimistic locking
 * @param created when the note was first written
 * @author dynamo-spring-boot authors
 */
@DynamoEntity(table = "notes")
public record Note(@DynamoDbPartitionKey String author,
		@DynamoDbSortKey @GeneratedId(GeneratedId.Strategy.ULID) String id, String text, @Version Long version,
		@CreatedDate Instant created) {

}
