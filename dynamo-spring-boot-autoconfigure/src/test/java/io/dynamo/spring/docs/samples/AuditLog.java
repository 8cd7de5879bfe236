/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import io.dynamo.spring.core.DynamoOperations;
import io.dynamo.spring.ratelimit.CapacityRateLimitException;

import org.springframework.stereotype.Component;

@Component
public class AuditLog {

	private final DynamoOperations dynamo;

	public AuditLog(DynamoOperations dynamo) {
		this.dynamo = dynamo;
	}

	public boolean tryRecord(AccountEvent event) {
		try {
			this.dynamo.save(event);
			return true;
		}
		catch (CapacityRateLimitException ex) {
			// not sent: the table's limit would have made this call wait longer than
			// dynamo.rate-limit.max-wait; try again later, or shed the load
			return false;
		}
	}

}
