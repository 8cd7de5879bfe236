/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * {@link ObservationConvention} of DynamoDB requests. Declare a bean to replace
 * {@link DefaultDynamoRequestObservationConvention}.
 *
 * @author dynamo-spring-boot authors
 */
public interface DynamoRequestObservationConvention extends ObservationConvention<DynamoRequestObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof DynamoRequestObservationContext;
	}

}
