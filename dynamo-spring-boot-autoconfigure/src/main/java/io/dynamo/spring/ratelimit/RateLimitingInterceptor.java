/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.ratelimit;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Optional;

import io.dynamo.spring.metrics.ConsumedCapacityInterceptor;
import io.dynamo.spring.metrics.DynamoErrorResponse;
import org.reactivestreams.Publisher;
import software.amazon.awssdk.core.ClientType;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * SDK {@link ExecutionInterceptor} that ties a client to a {@link CapacityRateLimiter}:
 * it asks every request for its consumed capacity, feeds every throttled attempt back to
 * the limiter and, for synchronous clients, takes the capacity before the call (waiting
 * on the caller's thread) and settles it after. Asynchronous clients take their capacity
 * in {@link RateLimitedDynamoDbAsyncClient} instead, which never blocks.
 *
 * @author dynamo-spring-boot authors
 */
public class RateLimitingInterceptor implements ConsumedCapacityInterceptor {

	private static final ExecutionAttribute<CapacityRateLimiter.Permit> PERMIT = new ExecutionAttribute<>(
			"io.dynamo.spring.ratelimit.Permit");

	private static final ExecutionAttribute<Long> SENT = new ExecutionAttribute<>("io.dynamo.spring.ratelimit.Sent");

	private final CapacityRateLimiter limiter;

	/**
	 * Create an interceptor.
	 * @param limiter the limiter
	 */
	public RateLimitingInterceptor(CapacityRateLimiter limiter) {
		this.limiter = limiter;
	}

	@Override
	public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
		if (attributes.getAttribute(SdkExecutionAttribute.CLIENT_TYPE) == ClientType.SYNC) {
			attributes.putAttribute(PERMIT, this.limiter.acquire(context.request()));
		}
	}

	@Override
	public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
		attributes.putAttribute(SENT, System.nanoTime());
	}

	@Override
	public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
			ExecutionAttributes attributes) {
		Optional<InputStream> body = context.responseBody();
		if (context.httpResponse().statusCode() < 400 || body.isEmpty()) {
			return body;
		}
		return Optional
			.of(DynamoErrorResponse.capture(body.get(), (error) -> attemptFailed(context, attributes, error)));
	}

	@Override
	public Optional<Publisher<ByteBuffer>> modifyAsyncHttpResponseContent(Context.ModifyHttpResponse context,
			ExecutionAttributes attributes) {
		Optional<Publisher<ByteBuffer>> body = context.responsePublisher();
		if (context.httpResponse().statusCode() < 400 || body.isEmpty()) {
			return body;
		}
		return Optional
			.of(DynamoErrorResponse.capture(body.get(), (error) -> attemptFailed(context, attributes, error)));
	}

	private void attemptFailed(Context.ModifyHttpResponse context, ExecutionAttributes attributes,
			DynamoErrorResponse error) {
		if (error.isThrottling()) {
			Long sent = attributes.getAttribute(SENT);
			this.limiter.throttled(context.request(), (sent != null) ? sent : System.nanoTime());
		}
	}

	@Override
	public void afterExecution(Context.AfterExecution context, ExecutionAttributes attributes) {
		CapacityRateLimiter.Permit permit = attributes.getAttribute(PERMIT);
		if (permit != null) {
			permit.settle(context.response());
		}
	}

}
