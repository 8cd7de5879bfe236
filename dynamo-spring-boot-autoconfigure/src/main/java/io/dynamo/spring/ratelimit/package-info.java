/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Client-side rate limiter in DynamoDB capacity units: Bucket4j token buckets per table
 * and capacity kind, charged with an estimate before a call and settled with the consumed
 * capacity DynamoDB reports after it; fixed or adaptive (backing off on throttling)
 * rates; synchronous callers wait on their own thread, asynchronous callers are delayed
 * with a scheduled future.
 */
@NullMarked
package io.dynamo.spring.ratelimit;

import org.jspecify.annotations.NullMarked;
