/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.net.URI;
import java.time.Duration;

import io.dynamo.spring.core.DynamoConnection;
import software.amazon.awssdk.regions.Region;

/**
 * The sample of {@code docs/health.md}, run by {@code SamplesTests}.
 *
 * @author dynamo-spring-boot authors
 */
final class ConnectionSamples {

	private ConnectionSamples() {
	}

	static String describe(DynamoConnection connection) {
		// tag::ping[]
		// one ListTables call: its round-trip time, or an exception after 1 s
		Duration roundTrip = connection.ping(Duration.ofSeconds(1));
		// the client's region and the endpoint it calls
		Region region = connection.region();
		URI endpoint = connection.endpoint();
		// end::ping[]
		return region + " " + endpoint + " " + (roundTrip.isNegative() ? "?" : "ok");
	}

}
