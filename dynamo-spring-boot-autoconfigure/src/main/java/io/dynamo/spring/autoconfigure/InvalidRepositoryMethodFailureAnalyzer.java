/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import io.dynamo.spring.repository.InvalidRepositoryMethodException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Turns an {@link InvalidRepositoryMethodException} into a start-up failure report that
 * names the repository method, why DynamoDB cannot serve it, and the fix, instead of a
 * chain of bean creation errors.
 *
 * @author dynamo-spring-boot authors
 */
class InvalidRepositoryMethodFailureAnalyzer extends AbstractFailureAnalyzer<InvalidRepositoryMethodException>
		implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidRepositoryMethodException cause) {
		String description = "Repository method " + cause.getMethod() + " cannot be served by DynamoDB: "
				+ cause.getReason() + ".";
		return new FailureAnalysis(description, "Fix: " + cause.getFix() + ".", cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
