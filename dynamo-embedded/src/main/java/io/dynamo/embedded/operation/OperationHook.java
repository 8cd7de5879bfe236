/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.Map;

/**
 * Wraps every operation: what capacity enforcement and fault injection plug into. It may
 * throw before the operation runs (throttling, injected errors), delay it, or change its
 * response (unprocessed items).
 */
@FunctionalInterface
public interface OperationHook {

	/** Runs the operation unchanged. */
	OperationHook NONE = (request, operation) -> operation.execute(request);

	/**
	 * Runs (or refuses) one operation.
	 * @param request the request; {@link Request#operation()} names the action
	 * @param operation the operation to run
	 * @return the response
	 */
	Map<String, Object> around(Request request, Operation operation);

	/** This hook outside, the other inside. */
	default OperationHook andThen(OperationHook inner) {
		return (request, operation) -> around(request, (r) -> inner.around(r, operation));
	}

}
