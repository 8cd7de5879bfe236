/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Faults injected on purpose, for testing what clients do with them: throttles, 500s,
 * transaction conflicts, delays, unprocessed batch items and keys.
 */
package io.dynamo.embedded.fault;
