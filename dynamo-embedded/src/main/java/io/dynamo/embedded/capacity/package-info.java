/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Consumed capacity by DynamoDB's rules: read units per 4 KB (half for eventually
 * consistent reads), write units per 1 KB, index writes, and the response shapes of
 * {@code ReturnConsumedCapacity}.
 */
package io.dynamo.embedded.capacity;
