/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sample's notes store.
 *
 * @param table Name of the notes table.
 * @param createTable Whether to create the notes table at start-up when it is missing.
 * @author dynamo-spring-boot authors
 */
@ConfigurationProperties("sample.notes")
record NotesProperties(@DefaultValue("notes") String table, @DefaultValue("true") boolean createTable) {

}
