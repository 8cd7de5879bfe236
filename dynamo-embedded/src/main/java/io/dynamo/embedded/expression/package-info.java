/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * DynamoDB's expressions: condition and filter ({@link ConditionExpression}), key
 * condition ({@link KeyConditionExpression}), update ({@link UpdateExpression}) and
 * projection ({@link ProjectionExpression}) expressions, and the legacy parameters that
 * predate them ({@link Legacy}). Each is parsed once by a hand-written recursive-descent
 * parser into an immutable tree ({@link Condition}, {@link KeyCondition}, {@link Update},
 * {@link Projection}) that evaluates without re-parsing; errors are DynamoDB's
 * {@code ValidationException}s with its wording. Placeholders resolve through one
 * {@link ExpressionAttributes} per request.
 */
package io.dynamo.embedded.expression;
