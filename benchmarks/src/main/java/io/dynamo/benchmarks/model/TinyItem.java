/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.model;

import io.dynamo.spring.mapping.DynamoEntity;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A tiny item: the two keys and one short attribute.
 *
 * @author dynamo-spring-boot authors
 */
@DynamoDbBean
@DynamoEntity(table = "tiny")
public class TinyItem {

	private @Nullable String pk;

	private @Nullable String sk;

	private @Nullable String label;

	/**
	 * Create an empty item (for the mappers).
	 */
	public TinyItem() {
	}

	/**
	 * Create an item.
	 * @param pk the partition key
	 * @param sk the sort key
	 * @param label the label
	 */
	public TinyItem(String pk, String sk, String label) {
		this.pk = pk;
		this.sk = sk;
		this.label = label;
	}

	/**
	 * Return the partition key.
	 * @return the partition key
	 */
	@DynamoDbPartitionKey
	public @Nullable String getPk() {
		return this.pk;
	}

	/**
	 * Set the partition key.
	 * @param pk the partition key
	 */
	public void setPk(@Nullable String pk) {
		this.pk = pk;
	}

	/**
	 * Return the sort key.
	 * @return the sort key
	 */
	@DynamoDbSortKey
	public @Nullable String getSk() {
		return this.sk;
	}

	/**
	 * Set the sort key.
	 * @param sk the sort key
	 */
	public void setSk(@Nullable String sk) {
		this.sk = sk;
	}

	/**
	 * Return the label.
	 * @return the label
	 */
	public @Nullable String getLabel() {
		return this.label;
	}

	/**
	 * Set the label.
	 * @param label the label
	 */
	public void setLabel(@Nullable String label) {
		this.label = label;
	}

}
