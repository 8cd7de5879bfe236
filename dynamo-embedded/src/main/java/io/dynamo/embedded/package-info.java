/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * An open-source DynamoDB engine in pure Java. Start with
 * {@link io.dynamo.embedded.DynamoEngine}.
 */
package io.dynamo.embedded;
