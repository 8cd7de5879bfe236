/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * An {@link ExecutionInterceptor} that needs the consumed capacity of every request it
 * sees and asks for it ({@code ReturnConsumedCapacity=INDEXES}, see
 * {@link DynamoRequests#withConsumedCapacity}) where the caller chose no value; the
 * starter's {@link DynamoMetricsInterceptor} and rate-limiting interceptor are two.
 * <p>
 * The starter's own API ({@code DynamoTemplate} and what builds on it: repositories,
 * batches, transactions) looks for one among its client's interceptors once, when it is
 * created ({@link DynamoRequests#consumedCapacityOf}), and then sets the value as it
 * builds each request, so that the interceptor has no request to copy. Implement it in an
 * interceptor of your own that reads the consumed capacity of responses.
 *
 * @author dynamo-spring-boot authors
 */
public interface ConsumedCapacityInterceptor extends ExecutionInterceptor {

}
