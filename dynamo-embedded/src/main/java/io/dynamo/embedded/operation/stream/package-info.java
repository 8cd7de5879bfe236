/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

/**
 * The DynamoDB Streams actions ({@code DynamoDBStreams_20120810.*}): ListStreams,
 * DescribeStream, GetShardIterator and GetRecords.
 */
package io.dynamo.embedded.operation.stream;
