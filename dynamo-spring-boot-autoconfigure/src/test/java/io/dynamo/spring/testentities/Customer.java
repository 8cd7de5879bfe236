/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.dynamo.spring.mapping.DynamoEntity;
import io.dynamo.spring.mapping.JsonAttribute;
import io.dynamo.spring.mapping.TimeToLive;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbAttribute;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A record entity with an attribute of every type.
 */
@DynamoEntity(table = "customers")
public record Customer(@DynamoDbPartitionKey String id, String name, int age, long visits, double score,
		BigDecimal balance, BigInteger bigNumber, boolean active, Boolean verified, SdkBytes avatar,
		List<String> nicknames, Map<String, Integer> counters, Map<String, String> labels, Set<String> tags,
		Set<Integer> luckyNumbers, Set<SdkBytes> keys, Status status, LocalDate birthday, LocalDateTime lastLogin,
		Instant lastSeen, UUID externalId, Address address, List<Address> previousAddresses,
		@JsonAttribute Preferences preferences, @TimeToLive Instant expiresAt,
		@DynamoDbAttribute("display_name") String displayName, String nothing) {

	/**
	 * A status.
	 */
	public enum Status {

		ACTIVE, SUSPENDED

	}

	/**
	 * A nested record, stored as a map.
	 *
	 * @param street the street
	 * @param city the city
	 * @param zip the zip code
	 */
	public record Address(String street, String city, int zip) {

	}

	/**
	 * A record stored as a JSON string.
	 *
	 * @param theme the theme
	 * @param languages the languages
	 */
	public record Preferences(String theme, List<String> languages) {

	}

	/**
	 * A customer with only the id and the name set.
	 * @param id the id
	 * @param name the name
	 * @return the customer
	 */
	public static Customer minimal(String id, String name) {
		return new Customer(id, name, 0, 0, 0, null, null, false, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null);
	}

}
