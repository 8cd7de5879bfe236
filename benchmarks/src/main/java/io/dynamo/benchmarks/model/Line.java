/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.benchmarks.model;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;

/**
 * A line of a {@link LargeItem}, stored as a nested map of about 1 KB.
 *
 * @author dynamo-spring-boot authors
 */
@DynamoDbBean
public class Line {

	private @Nullable String sku;

	private @Nullable Integer quantity;

	private @Nullable Double price;

	private @Nullable String description;

	/**
	 * Create an empty item (for the mappers).
	 */
	public Line() {
	}

	/**
	 * Create an item.
	 * @param sku the stock-keeping unit
	 * @param quantity the quantity
	 * @param price the unit price
	 * @param description the description
	 */
	public Line(String sku, Integer quantity, Double price, String description) {
		this.sku = sku;
		this.quantity = quantity;
		this.price = price;
		this.description = description;
	}

	/**
	 * Return the stock-keeping unit.
	 * @return the stock-keeping unit
	 */
	public @Nullable String getSku() {
		return this.sku;
	}

	/**
	 * Set the stock-keeping unit.
	 * @param sku the stock-keeping unit
	 */
	public void setSku(@Nullable String sku) {
		this.sku = sku;
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
	 * Return the unit price.
	 * @return the unit price
	 */
	public @Nullable Double getPrice() {
		return this.price;
	}

	/**
	 * Set the unit price.
	 * @param price the unit price
	 */
	public void setPrice(@Nullable Double price) {
		this.price = price;
	}

	/**
	 * Return the description.
	 * @return the description
	 */
	public @Nullable String getDescription() {
		return this.description;
	}

	/**
	 * Set the description.
	 * @param description the description
	 */
	public void setDescription(@Nullable String description) {
		this.description = description;
	}

}
