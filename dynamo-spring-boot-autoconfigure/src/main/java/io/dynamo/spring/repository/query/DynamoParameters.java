/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.util.List;

import io.dynamo.spring.repository.DynamoPageRequest;

import org.springframework.core.MethodParameter;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.repository.query.Parameter;
import org.springframework.data.repository.query.Parameters;
import org.springframework.data.repository.query.ParametersSource;

/**
 * The parameters of a DynamoDB query method: Spring Data's special parameters
 * ({@code Pageable}, {@code Sort}, {@code Limit}, {@code ScrollPosition}, a projection
 * {@code Class}) and {@link DynamoPageRequest}.
 *
 * @author dynamo-spring-boot authors
 */
public class DynamoParameters extends Parameters<DynamoParameters, DynamoParameters.DynamoParameter> {

	private final int pageRequestIndex;

	/**
	 * Create the parameters of a method.
	 * @param source the method
	 */
	public DynamoParameters(ParametersSource source) {
		super(source, (parameter) -> new DynamoParameter(parameter, source.getDomainTypeInformation()));
		this.pageRequestIndex = indexOfPageRequest(this);
	}

	private DynamoParameters(List<DynamoParameter> parameters) {
		super(parameters);
		this.pageRequestIndex = indexOfPageRequest(this);
	}

	@Override
	protected DynamoParameters createFrom(List<DynamoParameter> parameters) {
		return new DynamoParameters(parameters);
	}

	/**
	 * Return the index of the {@link DynamoPageRequest} parameter.
	 * @return the index, or {@code -1}
	 */
	public int getPageRequestIndex() {
		return this.pageRequestIndex;
	}

	private static int indexOfPageRequest(DynamoParameters parameters) {
		for (DynamoParameter parameter : parameters) {
			if (parameter.isPageRequest()) {
				return parameter.getIndex();
			}
		}
		return -1;
	}

	/**
	 * A parameter; {@link DynamoPageRequest} is special, never a query value.
	 */
	public static class DynamoParameter extends Parameter {

		private final boolean pageRequest;

		DynamoParameter(MethodParameter parameter, TypeInformation<?> domainType) {
			super(parameter, domainType);
			this.pageRequest = DynamoPageRequest.class.equals(parameter.getParameterType());
		}

		@Override
		public boolean isSpecialParameter() {
			return this.pageRequest || super.isSpecialParameter();
		}

		boolean isPageRequest() {
			return this.pageRequest;
		}

	}

}
