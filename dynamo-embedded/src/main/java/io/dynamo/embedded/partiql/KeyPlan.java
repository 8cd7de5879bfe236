/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.partiql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.dynamo.embedded.expression.SortKeyCondition;
import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.storage.KeyAttribute;
import io.dynamo.embedded.storage.KeySchema;

/**
 * What a WHERE clause says about the key: the equalities among its top-level {@code AND}
 * terms (a write's item, a query's partition), an {@code IN} on the partition key
 * (several partitions) and a sort key range. Terms under {@code OR} or {@code NOT} never
 * select keys: they are left to the filter, which always evaluates the whole clause.
 */
final class KeyPlan {

	private KeyPlan() {
	}

	/** The top-level {@code AND} terms of a clause. */
	static List<Expr> conjuncts(Expr where) {
		List<Expr> terms = new ArrayList<>();
		if (where != null) {
			collect(where, terms);
		}
		return terms;
	}

	private static void collect(Expr expr, List<Expr> terms) {
		if (expr instanceof Expr.And and) {
			collect(and.left(), terms);
			collect(and.right(), terms);
		}
		else {
			terms.add(expr);
		}
	}

	/** The value a term sets a top-level attribute equal to, or null. */
	private static AttributeValue equality(Expr term, String attribute) {
		if (term instanceof Expr.Compare compare && compare.operator().equals("=")) {
			if (isAttribute(compare.left(), attribute) && compare.right() instanceof Expr.Value value) {
				return value.value();
			}
			if (isAttribute(compare.right(), attribute) && compare.left() instanceof Expr.Value value) {
				return value.value();
			}
		}
		return null;
	}

	private static boolean isAttribute(Expr expr, String attribute) {
		return expr instanceof Expr.Path path && path.isTopLevel() && path.head().equals(attribute);
	}

	/**
	 * The primary key a write (or a single-item read) names with equalities.
	 * @throws DynamoException when an attribute of the key has none
	 */
	static Map<String, AttributeValue> fullKey(Expr where, KeySchema schema) {
		Map<String, AttributeValue> key = new LinkedHashMap<>();
		List<Expr> terms = conjuncts(where);
		for (KeyAttribute attribute : new KeyAttribute[] { schema.hash(), schema.range() }) {
			if (attribute == null) {
				continue;
			}
			AttributeValue value = null;
			for (Expr term : terms) {
				value = equality(term, attribute.name());
				if (value != null) {
					break;
				}
			}
			if (value == null) {
				throw DynamoException.validation(Errors.MISSING_KEY);
			}
			key.put(attribute.name(), value);
		}
		return key;
	}

	/**
	 * The partitions a SELECT is limited to (an equality or an {@code IN} of values on
	 * the partition key), or null when it must scan. Values of another type than the
	 * key's are dropped: no item can match them.
	 */
	static List<AttributeValue> partitions(Expr where, KeySchema schema) {
		String hash = schema.hash().name();
		for (Expr term : conjuncts(where)) {
			AttributeValue value = equality(term, hash);
			if (value != null) {
				return value.type().equals(schema.hash().type()) ? List.of(value) : List.of();
			}
			if (term instanceof Expr.In in && isAttribute(in.value(), hash)
					&& in.options().stream().allMatch(Expr.Value.class::isInstance)) {
				Set<AttributeValue> values = new LinkedHashSet<>();
				for (Expr option : in.options()) {
					AttributeValue candidate = ((Expr.Value) option).value();
					if (candidate.type().equals(schema.hash().type())) {
						values.add(candidate);
					}
				}
				return new ArrayList<>(values);
			}
		}
		return null;
	}

	/** The first top-level term that bounds the sort key as a key condition, or null. */
	static SortKeyCondition sortKey(Expr where, KeySchema schema) {
		if (!schema.hasRange()) {
			return null;
		}
		String range = schema.range().name();
		String type = schema.range().type();
		for (Expr term : conjuncts(where)) {
			SortKeyCondition condition = sortKeyTerm(term, range);
			if (condition != null && condition.values().stream().allMatch((value) -> value.type().equals(type))
					&& (condition.operator() != SortKeyCondition.Operator.BEGINS_WITH || !type.equals("N"))) {
				return condition;
			}
		}
		return null;
	}

	private static SortKeyCondition sortKeyTerm(Expr term, String range) {
		if (term instanceof Expr.Compare compare && !compare.operator().equals("<>")) {
			if (isAttribute(compare.left(), range) && compare.right() instanceof Expr.Value value) {
				return new SortKeyCondition(range, operator(compare.operator(), false), List.of(value.value()));
			}
			if (isAttribute(compare.right(), range) && compare.left() instanceof Expr.Value value) {
				return new SortKeyCondition(range, operator(compare.operator(), true), List.of(value.value()));
			}
		}
		if (term instanceof Expr.Between between && isAttribute(between.value(), range)
				&& between.low() instanceof Expr.Value low && between.high() instanceof Expr.Value high) {
			return new SortKeyCondition(range, SortKeyCondition.Operator.BETWEEN, List.of(low.value(), high.value()));
		}
		if (term instanceof Expr.Call call && call.name().equals("begins_with") && call.arguments().size() == 2
				&& isAttribute(call.arguments().get(0), range)
				&& call.arguments().get(1) instanceof Expr.Value prefix) {
			return new SortKeyCondition(range, SortKeyCondition.Operator.BEGINS_WITH, List.of(prefix.value()));
		}
		return null;
	}

	private static SortKeyCondition.Operator operator(String operator, boolean flipped) {
		return switch (operator) {
			case "=" -> SortKeyCondition.Operator.EQ;
			case "<" -> flipped ? SortKeyCondition.Operator.GT : SortKeyCondition.Operator.LT;
			case "<=" -> flipped ? SortKeyCondition.Operator.GE : SortKeyCondition.Operator.LE;
			case ">" -> flipped ? SortKeyCondition.Operator.LT : SortKeyCondition.Operator.GT;
			default -> flipped ? SortKeyCondition.Operator.LE : SortKeyCondition.Operator.GE;
		};
	}

}
