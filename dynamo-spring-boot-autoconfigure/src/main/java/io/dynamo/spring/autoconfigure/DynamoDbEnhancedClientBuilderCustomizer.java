/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;

/**
 * Callback to customize the builder of the auto-configured
 * {@link DynamoDbEnhancedClient}, for example to add extensions. Customizers run in
 * {@link org.springframework.core.Ordered order}.
 *
 * @author dynamo-spring-boot authors
 */
@FunctionalInterface
public interface DynamoDbEnhancedClientBuilderCustomizer {

	/**
	 * Customize the builder.
	 * @param builder the builder to customize
	 */
	void customize(DynamoDbEnhancedClient.Builder builder);

}
