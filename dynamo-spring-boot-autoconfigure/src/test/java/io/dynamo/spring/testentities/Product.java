/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.testentities;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbImmutable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * An immutable class in the SDK's style, with a builder.
 */
@DynamoDbImmutable(builder = Product.Builder.class)
public final class Product {

	private final String sku;

	private final String title;

	private Product(Builder builder) {
		this.sku = builder.sku;
		this.title = builder.title;
	}

	@DynamoDbPartitionKey
	public String sku() {
		return this.sku;
	}

	public String title() {
		return this.title;
	}

	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Builder of products.
	 */
	public static final class Builder {

		private String sku;

		private String title;

		public Builder sku(String sku) {
			this.sku = sku;
			return this;
		}

		public Builder title(String title) {
			this.title = title;
			return this;
		}

		public Product build() {
			return new Product(this);
		}

	}

}
