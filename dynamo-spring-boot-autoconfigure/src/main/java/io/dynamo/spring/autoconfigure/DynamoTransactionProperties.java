/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration properties of DynamoDB transactions.
 *
 * @param enabled Whether to auto-configure the DynamoDB transaction manager (the bean
 * 'dynamoTransactionManager') that groups the writes of a transaction into one
 * TransactWriteItems call at commit.
 * @param conflictRetries Number of times a transaction that DynamoDB canceled only
 * because of conflicts with other writes (or throttling) is sent again, with the same
 * ClientRequestToken, before it fails with a transient exception. 0 for no retry.
 * @param conflictBackoff Time to wait before the first such retry, doubled for each
 * further retry (up to a second) with random jitter.
 * @author dynamo-spring-boot authors
 */
@ConfigurationProperties("dynamo.transactions")
public record DynamoTransactionProperties(@DefaultValue("true") boolean enabled, @DefaultValue("3") int conflictRetries,
		@DefaultValue("20ms") Duration conflictBackoff) {

	/**
	 * Validate the retries.
	 */
	public DynamoTransactionProperties {
		if (conflictRetries < 0) {
			throw new InvalidDynamoPropertyException("dynamo.transactions.conflict-retries",
					"the number of retries " + conflictRetries + " is negative",
					"Set dynamo.transactions.conflict-retries to 0 (no retry) or more, such as 3.");
		}
		if (conflictBackoff.isNegative()) {
			throw new InvalidDynamoPropertyException("dynamo.transactions.conflict-backoff",
					"the backoff " + conflictBackoff + " is negative",
					"Set dynamo.transactions.conflict-backoff to 0 or a positive duration such as '20ms'.");
		}
	}

}
