/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The items the benchmarks write and read: a tiny, a small (about 1 KB, 10 attributes)
 * and a large (about 100 KB, nested) item, as {@code @DynamoDbBean} classes, with their
 * hand-written attribute-value mapping (the raw client's floor) and static table schemas.
 */
@NullMarked
package io.dynamo.benchmarks.model;

import org.jspecify.annotations.NullMarked;
