/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

/**
 * One key attribute of a table or index: its name and its type (S, N or B).
 *
 * @param name the attribute name
 * @param type the scalar type descriptor
 */
public record KeyAttribute(String name, String type) {
}
