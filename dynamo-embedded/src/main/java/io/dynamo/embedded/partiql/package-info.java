/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * PartiQL for DynamoDB: statements parsed once (with their {@code ?} parameters bound as
 * values, never as text) and turned into the equivalent item operations, queries, scans
 * and transactions, so that validation, conditions and consumed capacity are those of the
 * operations DynamoDB runs for them.
 */
package io.dynamo.embedded.partiql;
