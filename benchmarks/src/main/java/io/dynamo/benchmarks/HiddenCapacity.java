/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * A WireMock extension that plays a DynamoDB table with a hidden write capacity: a token
 * bucket of capacity units (one second of burst, full at start), one unit per
 * {@code PutItem} of a 1 KB item. A put within the capacity succeeds and reports one
 * consumed unit; a put above it gets DynamoDB's
 * {@code ProvisionedThroughputExceededException}.
 *
 * @author dynamo-spring-boot authors
 */
final class HiddenCapacity implements ResponseDefinitionTransformerV2 {

	static final String NAME = "hidden-capacity";

	private static final String JSON = "application/x-amz-json-1.0";

	private static final String THROTTLED = "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException\","
			+ "\"message\":\"The level of configured provisioned throughput for the table was exceeded.\","
			+ "\"ThrottlingReasons\":[{\"reason\":\"TableWriteProvisionedThroughputExceeded\"}]}";

	private static final String OK = "{\"ConsumedCapacity\":{\"TableName\":\"hidden\",\"CapacityUnits\":1.0}}";

	private volatile Bucket bucket;

	final AtomicLong accepted = new AtomicLong();

	final AtomicLong throttled = new AtomicLong();

	HiddenCapacity(long unitsPerSecond) {
		reset(unitsPerSecond);
	}

	void reset(long unitsPerSecond) {
		this.bucket = Bucket.builder()
			.addLimit(Bandwidth.builder()
				.capacity(unitsPerSecond)
				.refillGreedy(unitsPerSecond, Duration.ofSeconds(1))
				.initialTokens(unitsPerSecond)
				.build())
			.build();
		this.accepted.set(0);
		this.throttled.set(0);
	}

	@Override
	public ResponseDefinition transform(ServeEvent serveEvent) {
		if (this.bucket.tryConsume(1)) {
			this.accepted.incrementAndGet();
			return ResponseDefinitionBuilder.responseDefinition()
				.withStatus(200)
				.withHeader("Content-Type", JSON)
				.withBody(OK)
				.build();
		}
		this.throttled.incrementAndGet();
		return ResponseDefinitionBuilder.responseDefinition()
			.withStatus(400)
			.withHeader("Content-Type", JSON)
			.withBody(THROTTLED)
			.build();
	}

	@Override
	public boolean applyGlobally() {
		return true;
	}

	@Override
	public String getName() {
		return NAME;
	}

}
