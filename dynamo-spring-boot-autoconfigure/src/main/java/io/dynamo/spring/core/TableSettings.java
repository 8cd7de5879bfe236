/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import software.amazon.awssdk.services.dynamodb.model.BillingMode;

/**
 * How tables are created from entities.
 *
 * @param billingMode on-demand ({@code PAY_PER_REQUEST}) or {@code PROVISIONED}
 * @param readCapacity read capacity units of the table and each global index, when
 * provisioned
 * @param writeCapacity write capacity units of the table and each global index, when
 * provisioned
 * @author dynamo-spring-boot authors
 */
public record TableSettings(BillingMode billingMode, long readCapacity, long writeCapacity) {

	/**
	 * On-demand tables.
	 */
	public static final TableSettings ON_DEMAND = new TableSettings(BillingMode.PAY_PER_REQUEST, 0, 0);

}
