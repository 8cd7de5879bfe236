/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import org.springframework.transaction.support.ResourceHolderSupport;

/**
 * The resource bound to the thread for the client while a DynamoDB transaction is active:
 * its {@link TransactionBuffer}, its timeout and its rollback-only flag.
 *
 * @author dynamo-spring-boot authors
 */
final class DynamoTransactionHolder extends ResourceHolderSupport {

	private final TransactionBuffer buffer;

	DynamoTransactionHolder(TransactionBuffer buffer) {
		this.buffer = buffer;
	}

	TransactionBuffer buffer() {
		return this.buffer;
	}

}
