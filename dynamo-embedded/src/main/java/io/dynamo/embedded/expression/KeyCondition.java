/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;

/**
 * A parsed key condition (a {@code KeyConditionExpression} or legacy
 * {@code KeyConditions}): one comparison per attribute, checked against the key schema of
 * the table or index by {@link #resolve}.
 */
public final class KeyCondition {

	private static final Set<String> NOT_INDEXABLE = Set.of("NULL", "NOT_NULL", "NE", "CONTAINS", "NOT_CONTAINS", "IN");

	private final Map<String, Legacy.Comparison> conditions;

	KeyCondition(Map<String, Legacy.Comparison> conditions) {
		Legacy.validateComparisons(conditions);
		if (conditions.size() != 1 && conditions.size() != 2) {
			throw DynamoException.validation("Conditions can be of length 1 or 2 only");
		}
		this.conditions = new LinkedHashMap<>(conditions);
	}

	/** The attributes the condition names, in order. */
	public Set<String> attributeNames() {
		return this.conditions.keySet();
	}

	/**
	 * Checks the condition against a key schema and returns what the query reads.
	 * @param hashName the partition key attribute of the table or index
	 * @param hashType its type: S, N or B
	 * @param rangeName the sort key attribute, or null
	 * @param rangeType its type, or null
	 * @throws DynamoException a {@code ValidationException} worded as DynamoDB's
	 */
	public Resolved resolve(String hashName, String hashType, String rangeName, String rangeType) {
		int count = this.conditions.size();
		if (rangeName == null && count > 1) {
			throw DynamoException.validation("Query key condition not supported");
		}
		Legacy.Comparison hash = this.conditions.get(hashName);
		if (hash == null) {
			throw DynamoException.validation("Query condition missed key schema element: " + hashName);
		}
		check(hash, hashType);
		if (!hash.operator().equals("EQ")) {
			throw DynamoException.validation("Query key condition not supported");
		}
		SortKeyCondition sortKey = null;
		if (rangeName != null) {
			Legacy.Comparison range = this.conditions.get(rangeName);
			if (range == null) {
				if (count > 1) {
					throw DynamoException.validation("Query condition missed key schema element: " + rangeName);
				}
			}
			else {
				check(range, rangeType);
				sortKey = new SortKeyCondition(rangeName, SortKeyCondition.Operator.valueOf(range.operator()),
						range.values());
			}
		}
		return new Resolved(hash.values().get(0), sortKey);
	}

	private static void check(Legacy.Comparison condition, String type) {
		if (NOT_INDEXABLE.contains(condition.operator())) {
			throw DynamoException.validation("Attempted conditional constraint is not an indexable operation");
		}
		for (AttributeValue value : condition.values()) {
			if (!value.type().equals(type)) {
				throw DynamoException.validation(
						"One or more parameter values were invalid: Condition parameter type does not match schema type");
			}
		}
	}

	/**
	 * What a query reads: one partition, and optionally a range of its sort keys.
	 *
	 * @param partitionKey the partition key value
	 * @param sortKeyCondition the sort key condition, or null for the whole partition
	 */
	public record Resolved(AttributeValue partitionKey, SortKeyCondition sortKeyCondition) {

		/** The sort key condition, when there is one. */
		public Optional<SortKeyCondition> sortKey() {
			return Optional.ofNullable(this.sortKeyCondition);
		}

	}

}
