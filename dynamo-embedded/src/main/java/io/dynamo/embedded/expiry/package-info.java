/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Time to live: the sweeper that removes expired items through the single write path, as
 * the service, so that indexes, streams and the journal see each removal.
 */
package io.dynamo.embedded.expiry;
