/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.spring.mapping.DynamoEntity;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

@DynamoEntity(table = "notes")
public record Note(@DynamoDbPartitionKey String id, String text, String draft, Integer views, Integer stock,
		Map<String, Integer> stats, List<String> events, List<String> history, Set<String> tags, Set<String> labels) {

	public static Note of(String id, String text) {
		return new Note(id, text, "draft", null, 10, Map.of("shares", 3), List.of("created"), List.of("v1"), null,
				Set.of("old", "new"));
	}

}
