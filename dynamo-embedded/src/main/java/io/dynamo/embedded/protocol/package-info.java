/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The wire: DynamoDB's JSON 1.0 protocol in and out, the loopback HTTP server, the
 * in-process SDK transports and errors shaped as DynamoDB sends them.
 */
package io.dynamo.embedded.protocol;
