/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Query and Scan: what they read (a table or an index, one partition's sort key range or
 * a segment of the key space), the 1 MB page counted before the filter, and their
 * consumed capacity.
 */
package io.dynamo.embedded.operation.read;
