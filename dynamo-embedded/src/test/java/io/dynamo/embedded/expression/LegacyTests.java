/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LegacyTests {

	private static final Map<String, AttributeValue> ITEM = Json.item("{'id':{'S':'k'},'n':{'N':'5'},"
			+ "'s':{'S':'abc'},'tags':{'SS':['x','y']},'arr':{'L':[{'S':'a'}]},'b':{'B':'YWJj'}}");

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{'n':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'5'}]}}                   | true
			{'n':{'ComparisonOperator':'EQ','AttributeValueList':[{'S':'5'}]}}                   | false
			{'n':{'ComparisonOperator':'NE','AttributeValueList':[{'N':'4'}]}}                   | true
			{'absent':{'ComparisonOperator':'NE','AttributeValueList':[{'N':'4'}]}}              | true
			{'n':{'ComparisonOperator':'LT','AttributeValueList':[{'N':'6'}]}}                   | true
			{'n':{'ComparisonOperator':'LE','AttributeValueList':[{'N':'5'}]}}                   | true
			{'n':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'5'}]}}                   | false
			{'n':{'ComparisonOperator':'GE','AttributeValueList':[{'N':'5'}]}}                   | true
			{'s':{'ComparisonOperator':'GT','AttributeValueList':[{'N':'5'}]}}                   | false
			{'n':{'ComparisonOperator':'NOT_NULL'}}                                               | true
			{'absent':{'ComparisonOperator':'NULL'}}                                              | true
			{'s':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'bc'}]}}            | true
			{'tags':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'x'}]}}          | true
			{'arr':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'S':'a'}]}}           | true
			{'tags':{'ComparisonOperator':'NOT_CONTAINS','AttributeValueList':[{'S':'z'}]}}      | true
			{'s':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'S':'ab'}]}}         | true
			{'b':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'B':'YQ=='}]}}       | true
			{'n':{'ComparisonOperator':'IN','AttributeValueList':[{'N':'1'},{'N':'5'}]}}         | true
			{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'1'},{'N':'5'}]}}    | true
			{'n':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'6'},{'N':'9'}]}}    | false
			{'n':{'ComparisonOperator':'EQ','AttributeValueList':[{'N':'5'}]},'s':{'ComparisonOperator':'NULL'}} | false
			""")
	void filtersAsDynamoDb(String filter, boolean expected) {
		Condition condition = Legacy.filter("ScanFilter", Json.tree(filter), null);
		assertThat(condition.test(ITEM)).isEqualTo(expected);
	}

	@Test
	void conditionalOperatorOrNeedsOneConditionOnly() {
		Map<String, Object> filter = Json
			.tree("{'n':{'ComparisonOperator':'NULL'},'s':{'ComparisonOperator':'NOT_NULL'}}");
		assertThat(Legacy.filter("QueryFilter", filter, "OR").test(ITEM)).isTrue();
		assertThat(Legacy.filter("QueryFilter", filter, "AND").test(ITEM)).isFalse();
		assertThat(Legacy.filter("QueryFilter", filter, null).paths()).extracting(AttributePath::toString)
			.containsExactly("n", "s");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{'a':{'ComparisonOperator':'EQ'}}                                         | One or more parameter values were invalid: Invalid number of argument(s) for the EQ ComparisonOperator
					{'a':{'ComparisonOperator':'NULL','AttributeValueList':[{'S':'a'}]}}      | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator
					{'a':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'S':'a'}]}}   | One or more parameter values were invalid: Invalid number of argument(s) for the BETWEEN ComparisonOperator
					{'a':{'ComparisonOperator':'IN','AttributeValueList':[{'S':'a'},{'N':'1'}]}} | One or more parameter values were invalid: AttributeValues inside AttributeValueList must be of same type
					{'a':{'ComparisonOperator':'LT','AttributeValueList':[{'BOOL':true}]}}    | One or more parameter values were invalid: ComparisonOperator LT is not valid for BOOL AttributeValue type
					{'a':{'ComparisonOperator':'CONTAINS','AttributeValueList':[{'SS':['a']}]}} | One or more parameter values were invalid: ComparisonOperator CONTAINS is not valid for SS AttributeValue type
					{'a':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'N':'1'}]}} | One or more parameter values were invalid: ComparisonOperator BEGINS_WITH is not valid for N AttributeValue type
					{'a':{'ComparisonOperator':'BETWEEN','AttributeValueList':[{'N':'2'},{'N':'1'}]}} | The BETWEEN condition was provided a range where the lower bound is greater than the upper bound
					{'a':{'ComparisonOperator':'XX','AttributeValueList':[{'N':'2'}]}}        | 1 validation error detected: Value 'XX' at 'scanFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must satisfy enum value set: [IN, NULL, BETWEEN, LT, NOT_CONTAINS, EQ, GT, NOT_NULL, NE, LE, BEGINS_WITH, GE, CONTAINS]
					{'a':{'AttributeValueList':[{'N':'2'}]}}                                  | 1 validation error detected: Value null at 'scanFilter.a.member.comparisonOperator' failed to satisfy constraint: Member must not be null
					""")
	void refusesFiltersAsDynamoDb(String filter, String message) {
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> Legacy.filter("ScanFilter", Json.tree(filter), null))
			.withMessage(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{'n':{'Value':{'N':'5'}}}                                   | true
			{'n':{'Value':{'N':'5'},'Exists':true}}                     | true
			{'n':{'Value':{'N':'4'}}}                                   | false
			{'absent':{'Exists':false}}                                 | true
			{'n':{'Exists':false}}                                      | false
			{'n':{'ComparisonOperator':'GT','Value':{'N':'4'}}}         | true
			{'n':{'ComparisonOperator':'NOT_NULL'}}                     | true
			{'n':{'Value':{'N':'5'}},'s':{'Value':{'S':'x'}}}           | false
			""")
	void expectsAsDynamoDb(String expected, boolean result) {
		assertThat(Legacy.expected(Json.tree(expected), null).test(ITEM)).isEqualTo(result);
	}

	@Test
	void expectedWithOrPassesOnAnyCondition() {
		Map<String, Object> expected = Json.tree("{'n':{'Value':{'N':'4'}},'s':{'Value':{'S':'abc'}}}");
		assertThat(Legacy.expected(expected, "OR").test(ITEM)).isTrue();
		assertThat(Legacy.expected(expected, "AND").test(ITEM)).isFalse();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{'a':{'Value':{'S':'a'},'AttributeValueList':[{'S':'a'}]}}          | One or more parameter values were invalid: Value and AttributeValueList cannot be used together for Attribute: a
					{'a':{'ComparisonOperator':'EQ','Exists':true}}                     | One or more parameter values were invalid: Exists and ComparisonOperator cannot be used together for Attribute: a
					{'a':{'ComparisonOperator':'EQ'}}                                   | One or more parameter values were invalid: Value or AttributeValueList must be used with ComparisonOperator: EQ for Attribute: a
					{'a':{'ComparisonOperator':'NULL','Value':{'S':'a'}}}               | One or more parameter values were invalid: Invalid number of argument(s) for the NULL ComparisonOperator
					{'a':{'AttributeValueList':[{'S':'a'}]}}                            | One or more parameter values were invalid: AttributeValueList can only be used with a ComparisonOperator for Attribute: a
					{'a':{}}                                                            | One or more parameter values were invalid: Value must be provided when Exists is null for Attribute: a
					{'a':{'Exists':true}}                                               | One or more parameter values were invalid: Value must be provided when Exists is true for Attribute: a
					{'a':{'Exists':false,'Value':{'S':'a'}}}                            | One or more parameter values were invalid: Value cannot be used when Exists is false for Attribute: a
					""")
	void refusesExpectedAsDynamoDb(String expected, String message) {
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> Legacy.expected(Json.tree(expected), null))
			.withMessage(message);
	}

	@Test
	void refusesAnUnknownConditionalOperator() {
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> Legacy.expected(Json.tree("{'a':{'Exists':false}}"), "XOR"))
			.withMessage("1 validation error detected: Value 'XOR' at 'conditionalOperator' failed to satisfy "
					+ "constraint: Member must satisfy enum value set: [OR, AND]");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{'s':{'Value':{'S':'new'}}}                               | {'s':{'S':'new'}}
			{'s':{'Action':'PUT','Value':{'S':'new'}}}                | {'s':{'S':'new'}}
			{'s':{'Action':'DELETE'}}                                 | {'s':null}
			{'n':{'Action':'ADD','Value':{'N':'2'}}}                  | {'n':{'N':'7'}}
			{'c':{'Action':'ADD','Value':{'N':'2'}}}                  | {'c':{'N':'2'}}
			{'tags':{'Action':'ADD','Value':{'SS':['z']}}}            | {'tags':{'SS':['x','y','z']}}
			{'arr':{'Action':'ADD','Value':{'L':[{'S':'b'}]}}}        | {'arr':{'L':[{'S':'a'},{'S':'b'}]}}
			{'tags':{'Action':'DELETE','Value':{'SS':['x']}}}         | {'tags':{'SS':['y']}}
			{'tags':{'Action':'DELETE','Value':{'SS':['x','y']}}}     | {'tags':null}
			""")
	void appliesAttributeUpdatesAsDynamoDb(String updates, String changes) {
		Map<String, AttributeValue> expected = new java.util.HashMap<>(ITEM);
		for (Map.Entry<String, Object> change : Json.tree(changes).entrySet()) {
			if (change.getValue() == null) {
				expected.remove(change.getKey());
			}
			else {
				expected.put(change.getKey(), io.dynamo.embedded.protocol.AttributeValues.value(change.getValue()));
			}
		}
		assertThat(Legacy.attributeUpdates(Json.tree(updates)).apply(ITEM)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{'s':{'Action':'ADD'}}                                    | One or more parameter values were invalid: Only DELETE action is allowed when no attribute value is specified
					{'s':{'Action':'DELETE','Value':{'S':'x'}}}               | One or more parameter values were invalid: DELETE action with value is not supported for the type S
					{'s':{'Action':'ADD','Value':{'S':'x'}}}                  | One or more parameter values were invalid: ADD action is not supported for the type S
					{'s':{'Action':'MERGE','Value':{'S':'x'}}}                | 1 validation error detected: Value 'MERGE' at 'attributeUpdates.s.member.action' failed to satisfy constraint: Member must satisfy enum value set: [ADD, PUT, DELETE]
					""")
	void refusesAttributeUpdatesAsDynamoDb(String updates, String message) {
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> Legacy.attributeUpdates(Json.tree(updates)))
			.withMessage(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			{'tags':{'Action':'DELETE','Value':{'NS':['1']}}}
			{'n':{'Action':'DELETE','Value':{'NS':['1']}}}
			{'tags':{'Action':'ADD','Value':{'NS':['1']}}}
			{'s':{'Action':'ADD','Value':{'N':'1'}}}
			""")
	void attributeUpdatesOfTheWrongTypeFailToApply(String updates) {
		Update update = Legacy.attributeUpdates(Json.tree(updates));
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> update.apply(ITEM))
			.withMessage("Type mismatch for attribute to update");
	}

	@Test
	void attributesToGetProjectsTopLevelNamesLiterally() {
		Projection projection = Legacy.attributesToGet(List.of("s", "a.b", "n"));
		assertThat(projection.apply(Json.item("{'s':{'S':'x'},'a.b':{'N':'1'},'a':{'M':{'b':{'N':'2'}}}}")))
			.isEqualTo(Json.item("{'s':{'S':'x'},'a.b':{'N':'1'}}"));
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> Legacy.attributesToGet(List.of("a", "a")))
			.withMessage("One or more parameter values were invalid: Duplicate value in attribute name: a");
	}

	@Test
	void keyConditionsResolveLikeTheExpression() {
		KeyCondition condition = Legacy.keyConditions(Json.tree("{'id':{'ComparisonOperator':'EQ',"
				+ "'AttributeValueList':[{'S':'p'}]},'rk':{'ComparisonOperator':'BEGINS_WITH','AttributeValueList':[{'S':'a'}]}}"));
		KeyCondition.Resolved resolved = condition.resolve("id", "S", "rk", "S");
		assertThat(resolved.partitionKey()).isEqualTo(new AttributeValue.S("p"));
		assertThat(resolved.sortKey().orElseThrow().operator()).isEqualTo(SortKeyCondition.Operator.BEGINS_WITH);
		KeyCondition notIndexable = Legacy.keyConditions(Json.tree("{'id':{'ComparisonOperator':'NOT_NULL'}}"));
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> notIndexable.resolve("id", "S", null, null))
			.withMessage("Attempted conditional constraint is not an indexable operation");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					{'Expected':{},'ConditionExpression':'a'}                        | Can not use both expression and non-expression parameters in the same request: Non-expression parameters: {Expected} Expression parameters: {ConditionExpression}
					{'ExpressionAttributeNames':{'#a':'a'},'Expected':{}}            | ExpressionAttributeNames can only be specified when using expressions
					{'ExpressionAttributeValues':{':a':{'S':'a'}}}                   | ExpressionAttributeValues can only be specified when using expressions: UpdateExpression and ConditionExpression are null
					""")
	void refusesMixedParameters(String body, String message) {
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> Legacy.checkParameters(Json.tree(body),
					List.of("UpdateExpression", "ConditionExpression"), List.of("AttributeUpdates", "Expected")))
			.withMessage(message);
	}

	@Test
	void keyConditionsMayGoWithAFilterExpression() {
		Map<String, Object> body = Json
			.tree("{'KeyConditions':{},'FilterExpression':'a = :a'," + "'ExpressionAttributeValues':{':a':{'S':'a'}}}");
		Legacy.checkParameters(body, List.of("ProjectionExpression", "FilterExpression", "KeyConditionExpression"),
				List.of("AttributesToGet", "QueryFilter", "ConditionalOperator", "KeyConditions"));
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> Legacy.checkParameters(
					Json.tree("{'ProjectionExpression':'a'," + "'ExpressionAttributeValues':{':a':{'S':'a'}}}"),
					List.of("ProjectionExpression", "FilterExpression"),
					List.of("AttributesToGet", "ScanFilter", "ConditionalOperator")))
			.withMessage(
					"ExpressionAttributeValues can only be specified when using expressions: FilterExpression is null");
	}

}
