/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.model;

import java.util.List;

import io.dynamo.spring.mapping.DynamoEntity;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A large item: about 100 KB, most of it in a list of 100 nested {@link Line} maps.
 *
 * @author dynamo-spring-boot authors
 */
@DynamoDbBean
@DynamoEntity(table = "large")
public class LargeItem {

	private @Nullable String pk;

	private @Nullable String sk;

	private @Nullable String label;

	private @Nullable List<Line> lines;

	/**
	 * Create an empty item (for the mappers).
	 */
	public LargeItem() {
	}

	/**
	 * Create an item.
	 * @param pk the partition key
	 * @param sk the sort key
	 * @param label the label
	 * @param lines the lines
	 */
	public LargeItem(String pk, String sk, String label, List<Line> lines) {
		this.pk = pk;
		this.sk = sk;
		this.label = label;
		this.lines = lines;
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

	/**
	 * Return the lines.
	 * @return the lines
	 */
	public @Nullable List<Line> getLines() {
		return this.lines;
	}

	/**
	 * Set the lines.
	 * @param lines the lines
	 */
	public void setLines(@Nullable List<Line> lines) {
		this.lines = lines;
	}

}
