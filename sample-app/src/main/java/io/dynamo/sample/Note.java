/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/**
 * A note, kept in the {@code notes} table under its author and id.
 *
 * @author dynamo-spring-boot authors
 */
@DynamoDbBean
public class Note {

	private String author;

	private String id;

	private String text;

	/**
	 * Return the author, the partition key.
	 * @return the author
	 */
	@DynamoDbPartitionKey
	public String getAuthor() {
		return this.author;
	}

	/**
	 * Set the author.
	 * @param author the author
	 */
	public void setAuthor(String author) {
		this.author = author;
	}

	/**
	 * Return the note id, the sort key.
	 * @return the id
	 */
	@DynamoDbSortKey
	public String getId() {
		return this.id;
	}

	/**
	 * Set the note id.
	 * @param id the id
	 */
	public void setId(String id) {
		this.id = id;
	}

	/**
	 * Return the text.
	 * @return the text
	 */
	public String getText() {
		return this.text;
	}

	/**
	 * Set the text.
	 * @param text the text
	 */
	public void setText(String text) {
		this.text = text;
	}

}
