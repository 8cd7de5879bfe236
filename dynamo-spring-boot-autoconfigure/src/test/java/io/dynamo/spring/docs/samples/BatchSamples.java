/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.util.List;

import io.dynamo.spring.core.BatchGet;
import io.dynamo.spring.core.BatchGetResult;
import io.dynamo.spring.core.BatchWrite;
import io.dynamo.spring.core.BatchWriteResult;
import io.dynamo.spring.core.DynamoKey;
import io.dynamo.spring.core.DynamoOperations;

/**
 * The samples of {@code docs/batch.md}, run by {@code SamplesTests}.
 *
 * @author dynamo-spring-boot authors
 */
final class BatchSamples {

	private BatchSamples() {
	}

	static BatchGetResult batch(DynamoOperations template, List<Order> orders) {
		// tag::batch[]
		// any number of entities, of any tables, and deletes by key
		BatchWriteResult written = template.batchWrite(BatchWrite.create()
			.put(orders)
			.delete(Customer.class, List.of(DynamoKey.of("c-1"), DynamoKey.of("c-2"))));
		// puts and deletes written
		int count = written.written();
		// BatchWriteItem requests sent
		int requests = written.requests();
		// writes sent again because DynamoDB returned them unprocessed
		int resent = written.resubmitted();

		// any number of keys, of any tables
		BatchGetResult read = template.batchGet(BatchGet.create()
			.get(Order.class, List.of(DynamoKey.of("alice", "o-1"), DynamoKey.of("alice", "o-2")))
			.get(Customer.class, "c-3", null));
		// keys without an item are absent; in no particular order
		List<Order> found = read.get(Order.class);
		// items read, of all types
		int items = read.size();
		// end::batch[]
		return read;
	}

}
