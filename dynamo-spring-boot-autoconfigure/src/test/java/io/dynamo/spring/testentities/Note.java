/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.GeneratedId;
import software.amazon.awssdk.enhanced.dynamodb.extensions.annotations.DynamoDbVersionAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A record with a generated ULID key, the SDK's version annotation, and attributes for
 * update and condition tests.
 */
@DynamoEntity
public record Note(@DynamoDbPartitionKey @GeneratedId(GeneratedId.Strategy.ULID) String id, String text, Integer views,
		Set<String> tags, List<String> events, Map<String, Integer> stats, @DynamoDbVersionAttribute Long version) {

	public static Note of(String id, String text) {
		return new Note(id, text, null, null, null, null, null);
	}

}
