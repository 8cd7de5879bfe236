/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ProjectionExpressionTests {

	private static final Map<String, AttributeValue> ITEM = Json.item("{'id':{'S':'k'},'n':{'N':'5'},"
			+ "'arr':{'L':[{'S':'a'},{'M':{'x':{'N':'1'},'y':{'N':'2'}}},{'S':'c'},{'S':'d'}]},"
			+ "'doc':{'M':{'kid':{'N':'1'},'deep':{'M':{'z':{'S':'z'}}}}}}");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			id                     | {'id':{'S':'k'}}
			id, n, absent          | {'id':{'S':'k'},'n':{'N':'5'}}
			#k                     | {'id':{'S':'k'}}
			doc.kid                | {'doc':{'M':{'kid':{'N':'1'}}}}
			doc.deep.z, doc.kid    | {'doc':{'M':{'deep':{'M':{'z':{'S':'z'}}},'kid':{'N':'1'}}}}
			arr[3], arr[0]         | {'arr':{'L':[{'S':'a'},{'S':'d'}]}}
			arr[1].y               | {'arr':{'L':[{'M':{'y':{'N':'2'}}}]}}
			arr[9], doc.absent     | {}
			arr.x, n[0]            | {}
			""")
	void projectsAsDynamoDb(String expression, String expected) {
		Projection projection = ProjectionExpression.parse(expression, Json.attributes("{'#k':'id'}", null));
		assertThat(projection.apply(ITEM)).isEqualTo(Json.item(expected));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					a b                    | Syntax error; token: "b", near: "a b"
					a,                     | Syntax error; token: "<EOF>", near: ","
					!!!                    | Syntax error; token: "!", near: "!!"
					a[x]                   | Syntax error; token: "x", near: "[x]"
					a, name                | Attribute name is a reserved keyword; reserved keyword: name
					#undef                 | An expression attribute name used in the document path is not defined; attribute name: #undef
					a, a                   | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]
					a.b, a                 | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a]
					#a, a.b[1]             | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a, b, [1]]
					a.b, a[0]              | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, b], path two: [a, [0]]
					""")
	void refusesAsDynamoDb(String expression, String message) {
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ProjectionExpression.parse(expression, Json.attributes("{'#a':'a'}", null)))
			.withMessage("Invalid ProjectionExpression: " + message);
	}

	@Test
	void refusesPathsDeeperThan32Levels() {
		ProjectionExpression.parse("a" + ".b".repeat(31), ExpressionAttributes.none());
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ProjectionExpression.parse("a" + ".b".repeat(32), ExpressionAttributes.none()))
			.withMessage(
					"Invalid ProjectionExpression: The document path has too many nesting levels; nesting levels: 33");
	}

	@Test
	void refusesExpressionsOver4KB() {
		String expression = "a" + ", a".repeat(1366);
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ProjectionExpression.parse(expression, ExpressionAttributes.none()))
			.withMessage("Invalid ProjectionExpression: Expression size has exceeded the maximum allowed size; "
					+ "expression size: 4099");
	}

}
