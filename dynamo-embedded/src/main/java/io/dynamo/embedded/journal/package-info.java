/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Persistence to a directory: an append-only journal of item changes and table
 * definitions, written from the catalog's change listener and made durable (fsync, group
 * commit) before a write is acknowledged; snapshots that compact it, made atomic by
 * rename; and recovery that replays the latest snapshot and the journals after it,
 * ignoring a torn last record.
 */
package io.dynamo.embedded.journal;
