/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * DynamoDB transactions: {@link io.dynamo.spring.transaction.DynamoTransactionManager}
 * (Spring's {@code @Transactional} and {@code TransactionTemplate}), the
 * {@link io.dynamo.spring.transaction.TransactionBuffer} that collects the writes of a
 * transaction and sends them at commit as one {@code TransactWriteItems} call, the
 * programmatic {@link io.dynamo.spring.transaction.TransactWrite} and
 * {@link io.dynamo.spring.transaction.TransactGet}, and the translation of cancellations
 * into Spring's {@link org.springframework.dao.DataAccessException} hierarchy.
 */
@NullMarked
package io.dynamo.spring.transaction;

import org.jspecify.annotations.NullMarked;
