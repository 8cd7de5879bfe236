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
 * A small item: about 1 KB in 10 attributes (strings, numbers, a boolean).
 *
 * @author dynamo-spring-boot authors
 */
@DynamoDbBean
@DynamoEntity(table = "small")
public class SmallItem {

	private @Nullable String pk;

	private @Nullable String sk;

	private @Nullable String label;

	private @Nullable String name;

	private @Nullable String email;

	private @Nullable String city;

	private @Nullable String status;

	private @Nullable Integer age;

	private @Nullable Double score;

	private @Nullable Boolean active;

	/**
	 * Create an empty item (for the mappers).
	 */
	public SmallItem() {
	}

	/**
	 * Create an item.
	 * @param pk the partition key
	 * @param sk the sort key
	 * @param label the label
	 * @param name the name
	 * @param email the e-mail address
	 * @param city the city
	 * @param status the status text
	 * @param age the age
	 * @param score the score
	 * @param active whether the item is active
	 */
	public SmallItem(String pk, String sk, String label, String name, String email, String city, String status,
			Integer age, Double score, Boolean active) {
		this.pk = pk;
		this.sk = sk;
		this.label = label;
		this.name = name;
		this.email = email;
		this.city = city;
		this.status = status;
		this.age = age;
		this.score = score;
		this.active = active;
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
	 * Return the e-mail address.
	 * @return the e-mail address
	 */
	public @Nullable String getEmail() {
		return this.email;
	}

	/**
	 * Set the e-mail address.
	 * @param email the e-mail address
	 */
	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	/**
	 * Return the city.
	 * @return the city
	 */
	public @Nullable String getCity() {
		return this.city;
	}

	/**
	 * Set the city.
	 * @param city the city
	 */
	public void setCity(@Nullable String city) {
		this.city = city;
	}

	/**
	 * Return the status text.
	 * @return the status text
	 */
	public @Nullable String getStatus() {
		return this.status;
	}

	/**
	 * Set the status text.
	 * @param status the status text
	 */
	public void setStatus(@Nullable String status) {
		this.status = status;
	}

	/**
	 * Return the age.
	 * @return the age
	 */
	public @Nullable Integer getAge() {
		return this.age;
	}

	/**
	 * Set the age.
	 * @param age the age
	 */
	public void setAge(@Nullable Integer age) {
		this.age = age;
	}

	/**
	 * Return the score.
	 * @return the score
	 */
	public @Nullable Double getScore() {
		return this.score;
	}

	/**
	 * Set the score.
	 * @param score the score
	 */
	public void setScore(@Nullable Double score) {
		this.score = score;
	}

	/**
	 * Return whether the item is active.
	 * @return whether the item is active
	 */
	public @Nullable Boolean getActive() {
		return this.active;
	}

	/**
	 * Set whether the item is active.
	 * @param active whether the item is active
	 */
	public void setActive(@Nullable Boolean active) {
		this.active = active;
	}

}
