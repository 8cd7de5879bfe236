/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

/**
 * The key of an item of an entity type.
 *
 * @param type the entity class
 * @param key the key
 * @author dynamo-spring-boot authors
 */
public record EntityKey(Class<?> type, DynamoKey key) {

}
