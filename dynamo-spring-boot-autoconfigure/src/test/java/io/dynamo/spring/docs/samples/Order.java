/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.samples;

import java.math.BigDecimal;
import java.time.Instant;

import io.dynamo.spring.mapping.IndexProjection;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;

import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.data.annotation.Version;

@DynamoDbBean
@IndexProjection(index = "byStatus", type = ProjectionType.INCLUDE, attributes = { "total" })
public class Order {

	private String customerId;

	private String orderId;

	private String status;

	private String placedOn;

	private BigDecimal total;

	@Version // Spring Data's, or the SDK's @DynamoDbVersionAttribute
	private Long version;

	@CreatedDate // set when first written
	private Instant created;

	@LastModifiedDate // set on every write and update
	private Instant modified;

	public Order() {
	}

	public Order(String customerId, String orderId, String status, BigDecimal total) {
		this.customerId = customerId;
		this.orderId = orderId;
		this.status = status;
		this.total = total;
	}

	@DynamoDbPartitionKey
	public String getCustomerId() {
		return this.customerId;
	}

	public void setCustomerId(String customerId) {
		this.customerId = customerId;
	}

	@DynamoDbSortKey
	@DynamoDbSecondarySortKey(indexNames = "byStatus")
	public String getOrderId() {
		return this.orderId;
	}

	public void setOrderId(String orderId) {
		this.orderId = orderId;
	}

	@DynamoDbSecondaryPartitionKey(indexNames = "byStatus") // a global index
	public String getStatus() {
		return this.status;
	}

	public void setStatus(String status) {
		this.status = status;
	}

	@DynamoDbSecondarySortKey(indexNames = "byPlacedOn") // a local index
	public String getPlacedOn() {
		return this.placedOn;
	}

	public void setPlacedOn(String placedOn) {
		this.placedOn = placedOn;
	}

	public BigDecimal getTotal() {
		return this.total;
	}

	public void setTotal(BigDecimal total) {
		this.total = total;
	}

	public Long getVersion() {
		return this.version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

	public Instant getCreated() {
		return this.created;
	}

	public void setCreated(Instant created) {
		this.created = created;
	}

	public Instant getModified() {
		return this.modified;
	}

	public void setModified(Instant modified) {
		this.modified = modified;
	}

}
