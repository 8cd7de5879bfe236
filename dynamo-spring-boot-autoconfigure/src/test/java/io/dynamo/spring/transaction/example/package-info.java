/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The worked example of docs/transactions.md (placing an order), compiled and tested: the
 * docs include these files verbatim, which {@code DocumentationSamplesTests} checks.
 */
package io.dynamo.spring.transaction.example;
