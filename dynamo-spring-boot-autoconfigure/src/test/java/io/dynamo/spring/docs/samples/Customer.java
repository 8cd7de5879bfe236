/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.time.Instant;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.JsonAttribute;
import io.dynamo.spring.mapping.TimeToLive;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

// a record: the SDK does not map records, the starter does
@DynamoEntity(table = "customers")
public record Customer(@DynamoDbPartitionKey String id, String name, int age,
		@DynamoDbAttribute("display_name") String displayName,
		// a nested record: stored as a map (M)
		Address address,
		// any type, stored as a JSON string (S); needs Jackson 3 (tools.jackson)
		@JsonAttribute Preferences preferences,
		// stored as epoch seconds (N); TTL enabled when the table is created
		@TimeToLive Instant expiresAt) {

	public record Address(String street, String city) {
	}

	public record Preferences(String language, boolean newsletter) {
	}

}
