/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error as DynamoDB sends it: an HTTP status, a {@code __type} (the full shape name,
 * such as {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException}), a message,
 * and for some errors further members ({@code CancellationReasons}, {@code Item},
 * {@code ThrottlingReasons}).
 */
public class DynamoException extends RuntimeException {

	/** Shape prefix of DynamoDB's own errors. */
	public static final String DYNAMODB = "com.amazonaws.dynamodb.v20120810#";

	/** Shape prefix of request validation errors. */
	public static final String CORAL_VALIDATE = "com.amazon.coral.validate#";

	/** Shape prefix of protocol errors (serialization, unknown operation). */
	public static final String CORAL_SERVICE = "com.amazon.coral.service#";

	private final String type;

	private final int status;

	private final Map<String, Object> members;

	public DynamoException(String type, int status, String message) {
		this(type, status, message, Map.of());
	}

	public DynamoException(String type, int status, String message, Map<String, Object> members) {
		super(message, null, false, false);
		this.type = type;
		this.status = status;
		this.members = members;
	}

	/**
	 * The full {@code __type}, such as
	 * {@code com.amazon.coral.validate#ValidationException}.
	 */
	public String type() {
		return this.type;
	}

	/** The short error code, such as {@code ValidationException}. */
	public String code() {
		return this.type.substring(this.type.indexOf('#') + 1);
	}

	public int status() {
		return this.status;
	}

	/** Further members of the error body, beside {@code __type} and {@code message}. */
	public Map<String, Object> members() {
		return this.members;
	}

	/** The same error with one more member in its body. */
	public DynamoException with(String name, Object value) {
		Map<String, Object> members = new LinkedHashMap<>(this.members);
		members.put(name, value);
		return new DynamoException(this.type, this.status, getMessage(), members);
	}

	public static DynamoException validation(String message) {
		return new DynamoException(CORAL_VALIDATE + "ValidationException", 400, message);
	}

	public static DynamoException serialization(String message) {
		return new DynamoException(CORAL_SERVICE + "SerializationException", 400, message);
	}

	public static DynamoException resourceNotFound(String message) {
		return new DynamoException(DYNAMODB + "ResourceNotFoundException", 400, message);
	}

	public static DynamoException resourceInUse(String message) {
		return new DynamoException(DYNAMODB + "ResourceInUseException", 400, message);
	}

	public static DynamoException conditionalCheckFailed(String message) {
		return new DynamoException(DYNAMODB + "ConditionalCheckFailedException", 400, message);
	}

	public static DynamoException limitExceeded(String message) {
		return new DynamoException(DYNAMODB + "LimitExceededException", 400, message);
	}

	public static DynamoException internal(String message) {
		return new DynamoException(DYNAMODB + "InternalServerError", 500, message);
	}

	/**
	 * One of DynamoDB's own errors by its short code, such as
	 * {@code TransactionConflictException}.
	 */
	public static DynamoException of(String code, int status, String message) {
		return new DynamoException(DYNAMODB + code, status, message);
	}

}
