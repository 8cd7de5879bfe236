/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class KeyConditionExpressionTests {

	private static final String VALUES = "{':h':{'S':'p'},':lo':{'N':'2'},':hi':{'N':'5'},':pre':{'S':'ab'},"
			+ "':n':{'N':'1'},':s':{'S':'1'},':ss':{'SS':['a']},':t':{'S':'S'}}";

	private static KeyCondition.Resolved resolve(String expression) {
		return KeyConditionExpression.parse(expression, Json.attributes(null, VALUES)).resolve("id", "S", "rk", "N");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			id = :h AND rk = :lo               | EQ          | 2 | 3 | true  | true
			id = :h AND rk < :hi               | LT          | 4 | 5 | true  | false
			id = :h AND :hi > rk               | LT          | 4 | 5 | true  | false
			id = :h AND rk <= :hi              | LE          | 5 | 6 | true  | true
			:h = id AND rk > :lo               | GT          | 3 | 2 | false | true
			id = :h AND :lo <= rk              | GE          | 2 | 1 | true  | true
			id = :h AND rk BETWEEN :lo AND :hi | BETWEEN     | 5 | 6 | true  | true
			rk BETWEEN :lo AND :hi AND id = :h | BETWEEN     | 2 | 1 | true  | true
			""")
	void resolvesTheSortKeyRange(String expression, SortKeyCondition.Operator operator, String inside, String outside,
			boolean lowerInclusive, boolean upperInclusive) {
		KeyCondition.Resolved resolved = resolve(expression);
		assertThat(resolved.partitionKey()).isEqualTo(new AttributeValue.S("p"));
		SortKeyCondition sortKey = resolved.sortKey().orElseThrow();
		assertThat(sortKey.attributeName()).isEqualTo("rk");
		assertThat(sortKey.operator()).isEqualTo(operator);
		assertThat(sortKey.test(AttributeValue.n(inside))).isTrue();
		assertThat(sortKey.test(AttributeValue.n(outside))).isFalse();
		assertThat(sortKey.test(new AttributeValue.S(inside))).isFalse();
		if (sortKey.lower() != null) {
			assertThat(sortKey.lowerInclusive()).isEqualTo(lowerInclusive);
		}
		if (sortKey.upper() != null) {
			assertThat(sortKey.upperInclusive()).isEqualTo(upperInclusive);
		}
	}

	@Test
	void partitionOnlyQueryReadsTheWholePartition() {
		KeyCondition.Resolved resolved = resolve("id = :h");
		assertThat(resolved.sortKey()).isEmpty();
	}

	@Test
	void beginsWithSelectsAPrefixRange() {
		SortKeyCondition sortKey = KeyConditionExpression
			.parse("id = :h AND begins_with(rk, :pre)", Json.attributes(null, VALUES))
			.resolve("id", "S", "rk", "S")
			.sortKey()
			.orElseThrow();
		assertThat(sortKey.operator()).isEqualTo(SortKeyCondition.Operator.BEGINS_WITH);
		assertThat(sortKey.lower()).isEqualTo(new AttributeValue.S("ab"));
		assertThat(sortKey.upper()).isNull();
		assertThat(sortKey.test(new AttributeValue.S("abc"))).isTrue();
		assertThat(sortKey.test(new AttributeValue.S("b"))).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					attribute_type(a, :t)                           | Invalid operator used in KeyConditionExpression: attribute_type
					a > b and size(b) > c or a > c                  | Invalid operator used in KeyConditionExpression: OR
					a in (b, size(c), d)                            | Invalid operator used in KeyConditionExpression: IN
					attribute_exists(a)                             | Invalid operator used in KeyConditionExpression: attribute_exists
					contains(a.d, b)                                | Invalid operator used in KeyConditionExpression: contains
					not a > b                                       | Invalid operator used in KeyConditionExpression: NOT
					a <> b                                          | Invalid operator used in KeyConditionExpression: <>
					:s between size(b) and size(a) and b > :n       | Invalid condition in KeyConditionExpression: BETWEEN operator must have the key attribute as its first operand
					begins_with(:s, b) and a > :n                   | Invalid condition in KeyConditionExpression: begins_with operator must have the key attribute as its first operand
					size(b) > a AND a.b > b AND b > c               | KeyConditionExpressions cannot contain nested operations
					a between size(b) and size(a)                   | KeyConditionExpressions cannot contain nested operations
					b > a.b                                         | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition
					a between b and size(a)                         | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition
					begins_with(a, b)                               | Invalid condition in KeyConditionExpression: Multiple attribute names used in one condition
					b.d > a AND c.d > e.f                           | KeyConditionExpressions cannot have conditions on nested attributes
					b[0] > :n                                       | KeyConditionExpressions cannot have conditions on nested attributes
					:n > :s AND a < :n                              | Invalid condition in KeyConditionExpression: No key attribute specified
					b > :n AND b < :n and c = :n and d = :n         | KeyConditionExpressions must only contain one condition per key
					(a > :n and b > :n) and (b > :n and c > :n)     | KeyConditionExpressions must only contain one condition per key
					:n = a and b = :n and :n = c                    | Conditions can be of length 1 or 2 only
					a < :ss                                         | One or more parameter values were invalid: ComparisonOperator LT is not valid for SS AttributeValue type
					a >                                             | Invalid KeyConditionExpression: Syntax error; token: "<EOF>", near: ">"
					a between :hi and :lo                           | Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {N:5}, upper bound operand: AttributeValue: {N:2}
					""")
	void refusesAsDynamoDb(String expression, String message) {
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> KeyConditionExpression.parse(expression, Json.attributes(null, VALUES)))
			.withMessage(message);
	}

	@ParameterizedTest(name = "{0} on {1}")
	@CsvSource(delimiter = '|',
			textBlock = """
					rk = :n                      | id | S | rk   | N | Query condition missed key schema element: id
					id = :h AND x = :n           | id | S | rk   | N | Query condition missed key schema element: rk
					id = :h AND rk = :n          | id | S |      |   | Query key condition not supported
					id > :h                      | id | S | rk   | N | Query key condition not supported
					begins_with(id, :h)          | id | S |      |   | Query key condition not supported
					id = :n                      | id | S | rk   | N | One or more parameter values were invalid: Condition parameter type does not match schema type
					id = :h AND rk = :s          | id | S | rk   | N | One or more parameter values were invalid: Condition parameter type does not match schema type
					""")
	void refusesConditionsThatDoNotFitTheKeySchema(String expression, String hash, String hashType, String range,
			String rangeType, String message) {
		KeyCondition condition = KeyConditionExpression.parse(expression, Json.attributes(null, VALUES));
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> condition.resolve(hash, hashType, range, rangeType))
			.withMessage(message);
	}

}
