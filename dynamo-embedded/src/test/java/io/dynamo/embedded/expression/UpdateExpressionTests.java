/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.HashMap;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.protocol.AttributeValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class UpdateExpressionTests {

	private static final String VALUES = "{':s':{'S':'new'},':one':{'N':'1'},':big':{'N':'9E+125'},"
			+ "':ss':{'SS':['y','z']},':ns':{'NS':['2','3']},':l':{'L':[{'S':'q'}]},':x':{'SS':['x']},"
			+ "':xy':{'SS':['x','y']},':nsx':{'NS':['7']}}";

	private static final Map<String, AttributeValue> ITEM = Json.item("{'id':{'S':'k'},'n':{'N':'5'},"
			+ "'s':{'S':'old'},'tags':{'SS':['x','y']},'arr':{'L':[{'S':'a'},{'S':'b'},{'S':'c'},{'S':'d'}]},"
			+ "'doc':{'M':{'kid':{'N':'1'},'deep':{'M':{}}}},'big':{'N':'9E+125'}}");

	private static Map<String, AttributeValue> apply(String expression) {
		ExpressionAttributes attributes = Json.attributes("{'#n':'n'}", VALUES);
		return UpdateExpression.parse(expression, attributes).apply(ITEM);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
									SET s = :s                                    | {'s':{'S':'new'}}
									set s = :s, n = :one                          | {'s':{'S':'new'},'n':{'N':'1'}}
									SET fresh = s                                 | {'fresh':{'S':'old'}}
									SET n = n + :one                              | {'n':{'N':'6'}}
									SET n = :one - n                              | {'n':{'N':'-4'}}
									SET n = (n + :one)                            | {'n':{'N':'6'}}
									SET n = (n) + :one                            | {'n':{'N':'6'}}
									SET #n = if_not_exists(#n, :one)              | {'n':{'N':'5'}}
									SET c = if_not_exists(c, :one)                | {'c':{'N':'1'}}
									SET c = if_not_exists(c, :one) + n            | {'c':{'N':'6'}}
					SET arr = list_append(if_not_exists(arr, :l), :l) | {'arr':{'L':[{'S':'a'},{'S':'b'},{'S':'c'},{'S':'d'},{'S':'q'}]}}
					SET c = list_append(if_not_exists(c, :l), :l) | {'c':{'L':[{'S':'q'},{'S':'q'}]}}
									SET arr = list_append(arr, :l)                | {'arr':{'L':[{'S':'a'},{'S':'b'},{'S':'c'},{'S':'d'},{'S':'q'}]}}
									SET arr = list_append(:l, arr)                | {'arr':{'L':[{'S':'q'},{'S':'a'},{'S':'b'},{'S':'c'},{'S':'d'}]}}
									SET arr[1] = :s                               | {'arr':{'L':[{'S':'a'},{'S':'new'},{'S':'c'},{'S':'d'}]}}
									SET arr[10] = :s                              | {'arr':{'L':[{'S':'a'},{'S':'b'},{'S':'c'},{'S':'d'},{'S':'new'}]}}
									SET arr[20] = :s, arr[10] = :one              | {'arr':{'L':[{'S':'a'},{'S':'b'},{'S':'c'},{'S':'d'},{'N':'1'},{'S':'new'}]}}
							SET doc.kid = :s                              | {'doc':{'M':{'kid':{'S':'new'},'deep':{'M':{}}}}}
									SET doc.deep.x = :one                         | {'doc':{'M':{'kid':{'N':'1'},'deep':{'M':{'x':{'N':'1'}}}}}}
									SET n = s, s = n                              | {'n':{'S':'old'},'s':{'N':'5'}}
									REMOVE s                                      | {'s':null}
									REMOVE absent                                 | {}
									REMOVE arr[1]                                 | {'arr':{'L':[{'S':'a'},{'S':'c'},{'S':'d'}]}}
									REMOVE arr[0], arr[2]                         | {'arr':{'L':[{'S':'b'},{'S':'d'}]}}
									REMOVE arr[2], arr[0]                         | {'arr':{'L':[{'S':'b'},{'S':'d'}]}}
									REMOVE arr[9]                                 | {}
									REMOVE doc.kid                                | {'doc':{'M':{'deep':{'M':{}}}}}
									ADD n :one                                    | {'n':{'N':'6'}}
									ADD c :one                                    | {'c':{'N':'1'}}
									ADD tags :ss                                  | {'tags':{'SS':['x','y','z']}}
									ADD fresh :ns                                 | {'fresh':{'NS':['2','3']}}
									ADD doc.kid :one                              | {'doc':{'M':{'kid':{'N':'2'},'deep':{'M':{}}}}}
									DELETE tags :x                                | {'tags':{'SS':['y']}}
									DELETE tags :xy                               | {'tags':null}
									DELETE absent :x                              | {}
									SET s = :s REMOVE n ADD c :one DELETE tags :x | {'s':{'S':'new'},'n':null,'c':{'N':'1'},'tags':{'SS':['y']}}
									""")
	void appliesAsDynamoDb(String expression, String changes) {
		Map<String, AttributeValue> expected = new HashMap<>(ITEM);
		for (Map.Entry<String, Object> change : Json.tree(changes).entrySet()) {
			if (change.getValue() == null) {
				expected.remove(change.getKey());
			}
			else {
				expected.put(change.getKey(), AttributeValues.value(change.getValue()));
			}
		}
		assertThat(apply(expression)).isEqualTo(expected);
	}

	@Test
	void removeOfANestedPathNeedsItsParentEvenWithoutAnItem() {
		Update update = UpdateExpression.parse("REMOVE x.y, z[0]", ExpressionAttributes.none());
		assertThat(UpdateExpression.parse("REMOVE x, z", ExpressionAttributes.none()).apply(Map.of())).isEmpty();
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> update.apply(Map.of()))
			.withMessage("The document path provided in the update expression is invalid for update");
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> update.apply(ITEM))
			.withMessage("The document path provided in the update expression is invalid for update");
	}

	@Test
	void listIndicesOfSetAndRemoveMeanTheOriginalList() {
		Map<String, AttributeValue> item = Json
			.item("{'a':{'L':[{'N':'2'},{'N':'3'},{'N':'4'},{'N':'5'},{'N':'6'},{'N':'7'}]}}");
		ExpressionAttributes attributes = Json.attributes(null, "{':v':{'N':'17'}}");
		Map<String, AttributeValue> expected = Json
			.item("{'a':{'L':[{'N':'2'},{'N':'4'},{'N':'17'},{'N':'6'},{'N':'7'}]}}");
		assertThat(UpdateExpression.parse("REMOVE a[1] SET a[3] = :v", attributes).apply(item)).isEqualTo(expected);
		assertThat(UpdateExpression.parse("SET a[3] = :v REMOVE a[1]", Json.attributes(null, "{':v':{'N':'17'}}"))
			.apply(item)).isEqualTo(expected);
	}

	@Test
	void neverChangesItsInput() {
		Map<String, AttributeValue> before = new HashMap<>(ITEM);
		apply("SET doc.kid = :s, arr[0] = :s REMOVE s ADD tags :ss");
		assertThat(ITEM).isEqualTo(before);
	}

	@Test
	void reportsThePathsItTouches() {
		Update update = UpdateExpression.parse("SET a.b[1] = :s REMOVE c ADD d :one DELETE e :x",
				Json.attributes(null, VALUES));
		assertThat(update.paths()).extracting(AttributePath::toString).containsExactly("a.b[1]", "c", "d", "e");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
					SET fresh = absent                        | The provided expression refers to an attribute that does not exist in the item
					SET c = list_append(arr, absent)          | The provided expression refers to an attribute that does not exist in the item
					SET n = s + :one                          | An operand in the update expression has an incorrect data type
					SET n = n - s                             | An operand in the update expression has an incorrect data type
					SET c = list_append(n, :l)                | An operand in the update expression has an incorrect data type
					ADD s :one                                | An operand in the update expression has an incorrect data type
					ADD tags :ns                              | An operand in the update expression has an incorrect data type
					DELETE tags :nsx                          | An operand in the update expression has an incorrect data type
					DELETE n :x                               | An operand in the update expression has an incorrect data type
					SET absent.x = :s                         | The document path provided in the update expression is invalid for update
					SET s[1] = :s                             | The document path provided in the update expression is invalid for update
					SET doc[1] = :s                           | The document path provided in the update expression is invalid for update
					SET arr.x = :s                            | The document path provided in the update expression is invalid for update
					SET arr[7].x = :s                         | The document path provided in the update expression is invalid for update
					REMOVE absent.x                           | The document path provided in the update expression is invalid for update
					REMOVE s[1]                               | The document path provided in the update expression is invalid for update
					ADD absent.x :one                         | The document path provided in the update expression is invalid for update
					DELETE arr.x :x                           | The document path provided in the update expression is invalid for update
					SET n = big + big                         | Number overflow. Attempting to store a number with magnitude larger than supported range
					ADD big :big                              | Number overflow. Attempting to store a number with magnitude larger than supported range
					""")
	void failsToApplyAsDynamoDb(String expression, String message) {
		assertThatExceptionOfType(DynamoException.class).isThrownBy(() -> apply(expression)).withMessage(message);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|',
			textBlock = """
											whatever                        | Syntax error; token: "whatever", near: "whatever"
											set a                           | Syntax error; token: "<EOF>", near: "a"
											add a                           | Syntax error; token: "<EOF>", near: "a"
											set a=set                       | Syntax error; token: "set", near: "=set"
											remove a = b                    | Syntax error; token: "=", near: "a = b"
											delete a b                      | Syntax error; token: "b", near: "a b"
											set :a = b                      | Syntax error; token: ":a", near: "set :a ="
											remove :a                       | Syntax error; token: ":a", near: "remove :a"
											set a = b / c                   | Syntax error; token: "/", near: "b / c"
											set a[1] = 1                    | Syntax error; token: "1", near: "= 1"
											SET if_not_exist(a, b) = a      | Syntax error; token: "(", near: "if_not_exist(a"
											set (a = (b + c))               | Syntax error; token: "(", near: "set (a"
											set a = (b.c).d + e             | Syntax error; token: ".", near: ").d"
											set a = b + c + d               | Syntax error; token: "+", near: "c + d"
											set a = ((b)) + c               | Syntax error; token: "+", near: ") + c"
											ADD hits : incr                 | Syntax error; token: ":", near: "hits : incr"
							SET _123 = :a                   | Syntax error; token: "_", near: "SET _123"
							SET 123a = :a                   | Syntax error; token: "123", near: "SET 123a"
							SET # = :a                      | Syntax error; token: "#", near: "SET # ="
							SET a = :                       | Syntax error; token: ":", near: "= :"
											' set #c = :c set abOrt = true ' | Attribute name is a reserved keyword; reserved keyword: abOrt
											' remove Absolute '             | Attribute name is a reserved keyword; reserved keyword: Absolute
											set #c = if_not_exist(:c) set c = d | Invalid function name; function: if_not_exist
									SET x = size(:a)                | The function is not allowed in an update expression; function: size
									SET x = contains(a, :a)         | The function is not allowed in an update expression; function: contains
					SET x = list_append(list_append(a, b), c) | The function is not allowed to be used this way in an expression; function: list_append
											set a = #c set c = :d           | The "SET" section can only be used once in an update expression;
											remove #d set a = b remove e    | The "REMOVE" section can only be used once in an update expression;
											SET #z = if_not_exists(:c)      | An expression attribute name used in the document path is not defined; attribute name: #z
											SET #a = if_not_exists(:c)      | An expression attribute value used in expression is not defined; attribute value: :c
											set a = if_not_exists(c)        | Incorrect number of operands for operator or function; operator or function: if_not_exists, number of operands: 1
											set a = list_append(c)          | Incorrect number of operands for operator or function; operator or function: list_append, number of operands: 1
											set a = if_not_exists(:a, c)    | Operator or function requires a document path; operator or function: if_not_exists
											set a = if_not_exists(if_not_exists(a, b), c) | Operator or function requires a document path; operator or function: if_not_exists
											set a = list_append(:a, a)      | Incorrect operand type for operator or function; operator or function: list_append, operand type: S
											set a = a + :a                  | Incorrect operand type for operator or function; operator or function: +, operand type: S
											set a = :b - :a                 | Incorrect operand type for operator or function; operator or function: -, operand type: S
											add a.b :a                      | Incorrect operand type for operator or function; operator: ADD, operand type: STRING
											delete a.b :b                   | Incorrect operand type for operator or function; operator: DELETE, operand type: NUMBER
											add a.b :m                      | Incorrect operand type for operator or function; operator: ADD, operand type: MAP
											set d[1] = a, d.b = a, c[1].a = a, #c = if_not_exists(a) | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c, [1], a], path two: [c]
											set #c[3].#d = a, #c[3] = a     | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [c, [3], [3]], path two: [c, [3]]
											set a = :a, a = :a              | Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [a], path two: [a]
											set #c[3].#d = a, #c.#d[3] = if_not_exists(a) | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [c, [3], [3]], path two: [c, [3], [3]]
											remove a.#c set a[1] = #d       | Two document paths conflict with each other; must remove or rewrite one of these paths; path one: [a, c], path two: [a, [1]]
											""")
	void refusesAsDynamoDb(String expression, String message) {
		ExpressionAttributes attributes = Json.attributes("{'#a':'a','#c':'c','#d':'[3]'}",
				"{':a':{'S':'a'},':b':{'N':'1'},':m':{'M':{}}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> UpdateExpression.parse(expression, attributes))
			.withMessage("Invalid UpdateExpression: " + message);
	}

}
