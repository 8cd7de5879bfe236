/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.startup.entities;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * Entity 2 of the ten the start-up run maps.
 *
 * @author dynamo-spring-boot authors
 */
@DynamoDbBean
public class Entity02 {

	private @Nullable String pk;

	private @Nullable String sk;

	private @Nullable String name;

	private @Nullable Integer quantity;

	private @Nullable Double amount;

	private @Nullable Boolean active;

	private @Nullable String note;

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
	 * Return the name.
	 * @return the name
	 */
	public @Nullable String getName() {
		return this.name;
	}

	/**
	 * Set the name.
	 * @param name the name
	 */
	public void setName(@Nullable String name) {
		this.name = name;
	}

	/**
	 * Return the quantity.
	 * @return the quantity
	 */
	public @Nullable Integer getQuantity() {
		return this.quantity;
	}

	/**
	 * Set the quantity.
	 * @param quantity the quantity
	 */
	public void setQuantity(@Nullable Integer quantity) {
		this.quantity = quantity;
	}

	/**
	 * Return the amount.
	 * @return the amount
	 */
	public @Nullable Double getAmount() {
		return this.amount;
	}

	/**
	 * Set the amount.
	 * @param amount the amount
	 */
	public void setAmount(@Nullable Double amount) {
		this.amount = amount;
	}

	/**
	 * Return whether it is active.
	 * @return whether it is active
	 */
	public @Nullable Boolean getActive() {
		return this.active;
	}

	/**
	 * Set whether it is active.
	 * @param active whether it is active
	 */
	public void setActive(@Nullable Boolean active) {
		this.active = active;
	}

	/**
	 * Return the note.
	 * @return the note
	 */
	public @Nullable String getNote() {
		return this.note;
	}

	/**
	 * Set the note.
	 * @param note the note
	 */
	public void setNote(@Nullable String note) {
		this.note = note;
	}

}
