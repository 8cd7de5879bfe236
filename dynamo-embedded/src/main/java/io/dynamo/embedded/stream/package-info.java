/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * DynamoDB Streams: one stream per enabled table stream, each with a single shard, fed
 * from the write path's change listener in the order items were written, and kept 24
 * hours on the engine's clock.
 */
package io.dynamo.embedded.stream;
