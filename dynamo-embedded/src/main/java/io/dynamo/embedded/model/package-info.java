/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * DynamoDB's data model: attribute values of the ten types, their size and number rules,
 * and errors as DynamoDB sends them.
 */
package io.dynamo.embedded.model;
