/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * Spring Data auditing of DynamoDB entities: {@code @CreatedBy} and
 * {@code @LastModifiedBy} from an {@link org.springframework.data.domain.AuditorAware},
 * beside the {@code @CreatedDate} and {@code @LastModifiedDate} timestamps the mapping
 * writes.
 */
@NullMarked
package io.dynamo.spring.auditing;

import org.jspecify.annotations.NullMarked;
