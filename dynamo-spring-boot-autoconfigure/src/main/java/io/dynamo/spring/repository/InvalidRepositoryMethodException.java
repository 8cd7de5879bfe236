/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Thrown at start-up for a repository method that DynamoDB cannot serve as declared, such
 * as a derived query that would scan or that no key query can answer. The message names
 * the repository, the method, the reason and the fix.
 *
 * @author dynamo-spring-boot authors
 */
public class InvalidRepositoryMethodException extends InvalidDataAccessApiUsageException {

	private final String method;

	private final String reason;

	private final String fix;

	/**
	 * Create a new exception.
	 * @param repository the repository interface
	 * @param method the method
	 * @param reason why DynamoDB cannot serve the method
	 * @param fix what to change
	 */
	public InvalidRepositoryMethodException(Class<?> repository, Method method, String reason, String fix) {
		super(describe(repository, method) + ": " + reason + ". Fix: " + fix);
		this.method = describe(repository, method);
		this.reason = reason;
		this.fix = fix;
	}

	/**
	 * Return the method, as {@code Repository.method(Type, Type)}.
	 * @return the method
	 */
	public String getMethod() {
		return this.method;
	}

	/**
	 * Return why DynamoDB cannot serve the method.
	 * @return the reason
	 */
	public String getReason() {
		return this.reason;
	}

	/**
	 * Return what to change.
	 * @return the fix
	 */
	public String getFix() {
		return this.fix;
	}

	/**
	 * Describe a method as {@code Repository.method(Type, Type)}.
	 * @param repository the repository interface
	 * @param method the method
	 * @return the description
	 */
	public static String describe(Class<?> repository, Method method) {
		return repository.getSimpleName() + "." + method.getName() + "("
				+ Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", "))
				+ ")";
	}

}
