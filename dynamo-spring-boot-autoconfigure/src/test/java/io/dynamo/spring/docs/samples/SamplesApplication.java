/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The application the documentation's samples run in: its package is scanned for entities
 * and configuration.
 *
 * @author dynamo-spring-boot authors
 */
@SpringBootApplication
public class SamplesApplication {

}
