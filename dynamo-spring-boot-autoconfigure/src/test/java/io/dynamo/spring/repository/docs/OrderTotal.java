/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

import java.math.BigDecimal;

// tag::projection[]
public record OrderTotal(String placedOn, BigDecimal total) {

}
// end::projection[]
