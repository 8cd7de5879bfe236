/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Tables and their items: the catalog, sorted partitions, secondary indexes, the striped
 * item locks of the single write path and the listeners that see every applied change.
 */
package io.dynamo.embedded.storage;
