/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.docs;

// tag::projection[]
import java.math.BigDecimal;

public record OrderTotal(String placedOn, BigDecimal total) {

}
// end::projection[]
