/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.autoconfigure;

/**
 * Thrown when a {@code dynamo.*} property holds a value the starter cannot use. The
 * message names the property and the reason; it never carries a secret value.
 * {@link InvalidDynamoPropertyFailureAnalyzer} turns it into a start-up failure report.
 *
 * @author dynamo-spring-boot authors
 */
public class InvalidDynamoPropertyException extends IllegalArgumentException {

	private final String property;

	private final String reason;

	private final String action;

	/**
	 * Create a new exception.
	 * @param property the full property name, such as {@code dynamo.endpoint}
	 * @param reason what is wrong with the value
	 * @param action what the user should change
	 */
	public InvalidDynamoPropertyException(String property, String reason, String action) {
		super("Invalid configuration property '" + property + "': " + reason);
		this.property = property;
		this.reason = reason;
		this.action = action;
	}

	/**
	 * Return the full name of the offending property.
	 * @return the property name
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * Return what is wrong with the value.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * Return what the user should change.
	 * @return the action
	 */
	public String getAction() {
		return this.action;
	}

}
