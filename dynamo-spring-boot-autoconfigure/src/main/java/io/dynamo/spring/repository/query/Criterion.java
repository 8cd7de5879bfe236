/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.repository.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.dynamo.spring.core.SortKeyCondition;
import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.mapping.EntityMetadata;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.util.ObjectUtils;

/**
 * One condition of a derived query, planned at start-up: the attribute, the keyword and
 * the positions of its values among the method's bindable parameters. At run time it
 * becomes a key condition or a filter whose values are always placeholders.
 *
 * @param attribute the attribute name
 * @param property the Java property, for messages
 * @param type the keyword
 * @param firstParameter the position of its first value among the bindable parameters
 * @param method the method, for messages
 * @author dynamo-spring-boot authors
 */
record Criterion(String attribute, String property, Part.Type type, int firstParameter, String method) {

	private static final int MAX_IN_VALUES = 100;

	/**
	 * Whether DynamoDB takes this keyword in a key condition on a sort key.
	 * @return {@code true} for equality, the comparisons, {@code Between} and
	 * {@code StartingWith}
	 */
	boolean isSortKeyOperator() {
		return switch (this.type) {
			case SIMPLE_PROPERTY, LESS_THAN, LESS_THAN_EQUAL, GREATER_THAN, GREATER_THAN_EQUAL, BEFORE, AFTER, BETWEEN,
					STARTING_WITH ->
				true;
			default -> false;
		};
	}

	/**
	 * The keyword as a method name spells it, for messages.
	 * @return such as {@code GreaterThan}
	 */
	String keyword() {
		List<String> keywords = List.copyOf(this.type.getKeywords());
		return keywords.isEmpty() ? this.type.name() : keywords.get(keywords.size() - 1);
	}

	boolean isEquality() {
		return this.type == Part.Type.SIMPLE_PROPERTY;
	}

	Object value(ParameterAccessor parameters, int offset) {
		Object value = parameters.getBindableValue(this.firstParameter + offset);
		if (value == null) {
			throw new InvalidDataAccessApiUsageException(this.method + ": the value for '" + this.property + "' ("
					+ keyword() + ") is null; pass a value" + ((this.type == Part.Type.SIMPLE_PROPERTY)
							? ", or declare a method with " + this.property + "IsNull" : ""));
		}
		return value;
	}

	/**
	 * The sort-key condition; for a templated sort key the values are rendered through
	 * the template.
	 * @param parameters the invocation's parameters
	 * @param entity the entity
	 * @param templated whether the sort key is built from a template over this attribute
	 * @return the condition
	 */
	SortKeyCondition toSortKeyCondition(ParameterAccessor parameters, EntityMetadata<?> entity, boolean templated) {
		Object first = keyValue(value(parameters, 0), entity, templated);
		return switch (this.type) {
			case SIMPLE_PROPERTY -> SortKeyCondition.eq(first);
			case LESS_THAN, BEFORE -> SortKeyCondition.lt(first);
			case LESS_THAN_EQUAL -> SortKeyCondition.le(first);
			case GREATER_THAN, AFTER -> SortKeyCondition.gt(first);
			case GREATER_THAN_EQUAL -> SortKeyCondition.ge(first);
			case BETWEEN -> SortKeyCondition.between(first, keyValue(value(parameters, 1), entity, templated));
			case STARTING_WITH -> SortKeyCondition
				.beginsWith((first instanceof AttributeValue rendered) ? rendered.s() : String.valueOf(first));
			default -> throw new IllegalStateException("Not a sort-key operator: " + this.type);
		};
	}

	private static Object keyValue(Object value, EntityMetadata<?> entity, boolean templated) {
		return templated ? entity.sortKeyValue(value) : value;
	}

	/**
	 * The filter condition.
	 * @param parameters the invocation's parameters
	 * @return the condition, or {@code null} when it holds for every item (such as
	 * {@code NotIn} an empty collection)
	 */
	@Nullable Condition toFilter(ParameterAccessor parameters) {
		Condition.Operand where = Condition.where(AttributePath.of(this.attribute));
		return switch (this.type) {
			case SIMPLE_PROPERTY -> where.eq(value(parameters, 0));
			case NEGATING_SIMPLE_PROPERTY -> where.ne(value(parameters, 0));
			case LESS_THAN, BEFORE -> where.lt(value(parameters, 0));
			case LESS_THAN_EQUAL -> where.le(value(parameters, 0));
			case GREATER_THAN, AFTER -> where.gt(value(parameters, 0));
			case GREATER_THAN_EQUAL -> where.ge(value(parameters, 0));
			case BETWEEN -> where.between(value(parameters, 0), value(parameters, 1));
			case IN -> inCondition(where, values(parameters), false);
			case NOT_IN -> inCondition(where, values(parameters), true);
			case STARTING_WITH -> where.beginsWith(String.valueOf(value(parameters, 0)));
			case CONTAINING -> where.contains(value(parameters, 0));
			case NOT_CONTAINING -> Condition.not(where.contains(value(parameters, 0)));
			case IS_NULL -> where.notExists();
			case IS_NOT_NULL, EXISTS -> where.exists();
			case TRUE -> where.eq(Boolean.TRUE);
			case FALSE -> where.eq(Boolean.FALSE);
			default -> throw new IllegalStateException("Not a filter operator: " + this.type);
		};
	}

	private @Nullable Condition inCondition(Condition.Operand where, List<Object> values, boolean negated) {
		if (values.isEmpty()) {
			if (negated) {
				return null;
			}
			throw new InvalidDataAccessApiUsageException(this.method + ": the collection for '" + this.property
					+ "' (In) is empty, and DynamoDB has no empty IN; skip the call when there is nothing to match");
		}
		if (values.size() > MAX_IN_VALUES) {
			throw new InvalidDataAccessApiUsageException(
					this.method + ": the collection for '" + this.property + "' (In) has " + values.size()
							+ " values, DynamoDB takes at most " + MAX_IN_VALUES + " in an IN; split the call");
		}
		Condition in = where.in(values);
		return negated ? Condition.not(in) : in;
	}

	private List<Object> values(ParameterAccessor parameters) {
		Object value = value(parameters, 0);
		if (value instanceof Collection<?> collection) {
			return new ArrayList<>(collection);
		}
		return new ArrayList<>(List.of(ObjectUtils.toObjectArray(value)));
	}

}
