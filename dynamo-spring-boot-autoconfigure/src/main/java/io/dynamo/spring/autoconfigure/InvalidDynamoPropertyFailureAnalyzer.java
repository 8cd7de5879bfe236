/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Turns an {@link InvalidDynamoPropertyException} into a start-up failure report that
 * names the property and the fix. Ordered before Spring Boot's generic binding analyzers
 * so that the specific message wins.
 *
 * @author dynamo-spring-boot authors
 */
class InvalidDynamoPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDynamoPropertyException>
		implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidDynamoPropertyException cause) {
		String description = "Invalid DynamoDB configuration: property '" + cause.getProperty() + "': "
				+ cause.getReason() + ".";
		return new FailureAnalysis(description, cause.getAction(), cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
