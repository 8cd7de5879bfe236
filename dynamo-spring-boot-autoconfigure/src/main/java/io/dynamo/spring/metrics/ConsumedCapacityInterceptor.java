/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
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
 * <p>
 * An implementation that reads the consumed capacity only when there is some (such as the
 * meters with {@code dynamo.metrics.consumed-capacity=false}) returns {@code false} from
 * {@link #asksForConsumedCapacity()}: neither it nor the template then asks.
 *
 * @author dynamo-spring-boot authors
 */
public interface ConsumedCapacityInterceptor extends ExecutionInterceptor {

	/**
	 * Whether this interceptor asks for the consumed capacity of every request. Read
	 * once, when the client's requests are first built
	 * ({@link DynamoRequests#consumedCapacityOf}).
	 * @return {@code true} (the default) to ask for it
	 */
	default boolean asksForConsumedCapacity() {
		return true;
	}

	/**
	 * Ask for the consumed capacity per table and index when
	 * {@link #asksForConsumedCapacity()} and the caller chose no value.
	 * @param context the request
	 * @param attributes the attributes of the execution
	 * @return the request, or a copy that asks for consumed capacity
	 */
	@Override
	default SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
		return asksForConsumedCapacity() ? DynamoRequests.withConsumedCapacity(context.request()) : context.request();
	}

}
