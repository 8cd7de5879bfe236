/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure.scan;

import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;

/**
 * A bean entity found by scanning the auto-configuration package.
 */
@DynamoDbBean
public class ScannedBean {

	private String id;

	@DynamoDbPartitionKey
	public String getId() {
		return this.id;
	}

	public void setId(String id) {
		this.id = id;
	}

}
