/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbAsyncClientBuilder;

/**
 * Callback to customize the builder of the auto-configured {@link DynamoDbAsyncClient}
 * after the {@code dynamo.*} properties have been applied. Customizers run in
 * {@link org.springframework.core.Ordered order}.
 *
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface DynamoDbAsyncClientBuilderCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder to customize
	 */
	void customize(DynamoDbAsyncClientBuilder builder);

}
