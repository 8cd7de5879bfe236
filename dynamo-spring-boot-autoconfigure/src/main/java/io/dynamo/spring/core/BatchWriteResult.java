/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

/**
 * What a batch write did.
 *
 * @param written the number of puts and deletes written
 * @param requests the number of {@code BatchWriteItem} requests sent
 * @param resubmitted the number of writes sent again because DynamoDB returned them
 * unprocessed
 * @author dynamo-spring-boot authors
 */
public record BatchWriteResult(int written, int requests, int resubmitted) {

}
