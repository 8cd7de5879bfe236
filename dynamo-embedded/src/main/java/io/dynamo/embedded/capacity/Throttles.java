/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;

/**
 * Throttling errors as DynamoDB sends them:
 * {@code ProvisionedThroughputExceededException} with its {@code ThrottlingReasons}
 * (reason and resource ARN) for items, and {@code ThrottlingException} for table actions.
 */
public final class Throttles {

	static final String PROVISIONED_MESSAGE = "The level of configured provisioned throughput for the table was exceeded. "
			+ "Consider increasing your provisioning level with the UpdateTable API.";

	static final String ON_DEMAND_MESSAGE = "Throughput exceeds the current capacity of your table or index. "
			+ "DynamoDB is automatically scaling your table or index so please try again shortly. "
			+ "If exceptions persist, check if you have a hot key: "
			+ "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/bp-partition-key-design.html";

	private Throttles() {
	}

	/**
	 * A throttle of items.
	 * @param reason such as {@code TableWriteProvisionedThroughputExceeded},
	 * {@code IndexReadProvisionedThroughputExceeded} or
	 * {@code TableWriteKeyRangeThroughputExceeded}
	 * @param resource the ARN of the table or index
	 * @param onDemand whether the table is on-demand (the message differs)
	 * @return the error
	 */
	public static DynamoException provisionedThroughputExceeded(String reason, String resource, boolean onDemand) {
		Map<String, Object> throttle = new LinkedHashMap<>();
		throttle.put("reason", reason);
		throttle.put("resource", resource);
		return new DynamoException(DynamoException.DYNAMODB + "ProvisionedThroughputExceededException", 400,
				onDemand ? ON_DEMAND_MESSAGE : PROVISIONED_MESSAGE, Map.of("ThrottlingReasons", List.of(throttle)));
	}

	/** A throttle of table actions (control plane). */
	public static DynamoException throttling() {
		return DynamoException.of("ThrottlingException", 400, "Rate of requests exceeds the allowed throughput.");
	}

}
