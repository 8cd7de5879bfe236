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

class ExpressionAttributesTests {

	@SuppressWarnings("unchecked")
	@ParameterizedTest(name = "{0} {1}")
	@CsvSource(delimiter = '|', nullValues = "-",
			textBlock = """
					{}                 | -                         | ExpressionAttributeNames must not be empty
					{'a':'a'}          | -                         | ExpressionAttributeNames contains invalid key: Syntax error; key: "a"
					{'#a-b':'a'}       | -                         | ExpressionAttributeNames contains invalid key: Syntax error; key: "#a-b"
					-                  | {}                        | ExpressionAttributeValues must not be empty
					-                  | {'b':{'S':'b'}}           | ExpressionAttributeValues contains invalid key: Syntax error; key: "b"
					-                  | {':b':{}}                 | ExpressionAttributeValues contains invalid value: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes for key :b
					-                  | {':b':{'NULL':false}}     | ExpressionAttributeValues contains invalid value: One or more parameter values were invalid: Null attribute value types must have the value of true for key :b
					-                  | {':b':{'N':'x'}}          | ExpressionAttributeValues contains invalid value: The parameter cannot be converted to a numeric value: x for key :b
					""")
	void refusesMalformedPlaceholdersAsDynamoDb(String names, String values, String message) {
		Map<String, String> nameMap = (names != null) ? (Map<String, String>) (Map<String, ?>) Json.tree(names) : null;
		Map<String, Object> valueMap = (values != null) ? Json.tree(values) : null;
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ExpressionAttributes.fromRequest(nameMap, valueMap))
			.withMessage(message);
	}

	@Test
	void oneInstanceIsSharedByTheExpressionsOfARequest() {
		ExpressionAttributes attributes = ExpressionAttributes.fromRequest(Map.of("#a", "a", "#b", "b"),
				Json.tree("{':v':{'S':'x'},':w':{'N':'1'}}"));
		ConditionExpression.parse("#a = :v", attributes);
		UpdateExpression.parse("SET #b = :w", attributes);
		attributes.verifyAllUsed();
		assertThat(UpdateExpression.parse("SET #b = :w", attributes).staticType("b")).isEqualTo("N");
	}

	@Test
	void pathsPrintAsExpressionsAndAsDynamoDbMessagesDo() {
		AttributePath path = AttributePath.of("a", "b", 2, "c");
		assertThat(path).hasToString("a.b[2].c");
		assertThat(path.describe()).isEqualTo("[a, b, [2], c]");
		assertThat(path.head()).isEqualTo("a");
		assertThat(path.isNested()).isTrue();
		assertThat(path.get(Json.item("{'a':{'M':{'b':{'L':[{'N':'0'},{'N':'1'},{'M':{'c':{'S':'x'}}}]}}}}")))
			.isEqualTo(new AttributeValue.S("x"));
		assertThat(path.get(Json.item("{'a':{'M':{'b':{'M':{}}}}}"))).isNull();
	}

	@Test
	void aMissingAttributeDiffersFromEverythingEvenAnotherMissingOne() {
		ExpressionAttributes attributes = Json.attributes(null, "{':v':{'S':'x'}}");
		assertThat(ConditionExpression.parse("a <> :v", attributes).test(Map.of())).isTrue();
		assertThat(ConditionExpression.parse("a <> b", ExpressionAttributes.none()).test(Map.of())).isTrue();
		assertThat(ConditionExpression.parse("a = b", ExpressionAttributes.none()).test(Map.of())).isFalse();
	}

	@Test
	void updatedAttributesAreTheProjectionOfTheUpdatePaths() {
		Update update = UpdateExpression.parse("SET a.b = :v REMOVE c", Json.attributes(null, "{':v':{'S':'new'}}"));
		Map<String, AttributeValue> item = Json.item("{'a':{'M':{'b':{'S':'old'},'z':{'N':'1'}}},'c':{'N':'2'}}");
		assertThat(Projection.of(update.paths()).apply(item))
			.isEqualTo(Json.item("{'a':{'M':{'b':{'S':'old'}}},'c':{'N':'2'}}"));
		assertThat(Projection.of(update.paths()).apply(update.apply(item)))
			.isEqualTo(Json.item("{'a':{'M':{'b':{'S':'new'}}}}"));
	}

}
