/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * One class per API action: validate the request, run it, shape the response.
 */
package io.dynamo.embedded.operation;
