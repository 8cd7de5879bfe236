/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.DynamoException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ConditionExpressionTests {

	private static final String NAMES = "{'#a':'a','#n':'name','#s':'size'}";

	private static final String VALUES = "{':s':{'S':'abc'},':p':{'S':'ab'},':n':{'N':'5'},':m':{'N':'10'},"
			+ "':b':{'B':'YWJj'},':bp':{'B':'YQ=='},':t':{'S':'SS'},':x':{'S':'x'},':one':{'N':'1'},"
			+ "':l':{'L':[{'S':'x'}]},':ss':{'SS':['x','y']}}";

	private static final Map<String, AttributeValue> ITEM = Json.item("{'str':{'S':'abc'},'num':{'N':'5'},"
			+ "'bin':{'B':'YWJj'},'ss':{'SS':['x','y']},'ns':{'NS':['1','2']},'arr':{'L':[{'S':'x'},{'N':'1'}]},"
			+ "'doc':{'M':{'kid':{'N':'5'},'deep':{'L':[{'S':'abc'}]}}},'t':{'BOOL':true},'z':{'NULL':true},"
			+ "'name':{'S':'reserved'},'size':{'S':'héllo'},'empty':{'S':''}}");

	private static boolean test(String expression) {
		Condition condition = ConditionExpression.parse(expression, Json.attributes(NAMES, VALUES));
		return condition.test(ITEM);
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			str = :s                                 | true
			str = :p                                 | false
			num = :s                                 | false
			str <> :s                                | false
			num <> :s                                | true
			absent <> :s                            | true
			absent = :s                             | false
			num < :m                                 | true
			num <= :n                                | true
			num > :n                                 | false
			num >= :n                                | true
			str > :p                                 | true
			str < :n                                 | false
			str >= :n                                | false
			num BETWEEN :one AND :m                  | true
			num between :one and :n                  | true
			str BETWEEN :one AND :m                  | false
			absent BETWEEN :one AND :m              | false
			num IN (:one, :n)                        | true
			num IN (:one, :m)                        | false
			absent IN (:one)                        | false
			attribute_exists(str)                    | true
			attribute_exists(absent)                | false
			attribute_not_exists(absent)            | true
			attribute_exists(doc.kid)              | true
			attribute_exists(doc.deep[0])            | true
			attribute_exists(doc.deep[1])            | false
			attribute_exists(arr.x)                 | false
			attribute_exists(str[0])                 | false
			attribute_type(ss, :t)                   | true
			attribute_type(str, :t)                  | false
			begins_with(str, :p)                     | true
			begins_with(str, :s)                     | true
			begins_with(num, :p)                     | false
			begins_with(bin, :bp)                    | true
			contains(str, :p)                        | true
			contains(ss, :x)                         | true
			contains(arr, :x)                       | true
			contains(arr, :one)                     | true
			contains(ns, :one)                       | true
			contains(ns, :x)                         | false
			contains(bin, :bp)                       | true
			contains(num, :x)                        | false
			size(str) = :n                           | false
			size(#s) = :n                            | false
			size(str) < :n                           | true
			size(arr) > :one                        | true
			size(doc) = :one                         | false
			size(ss) BETWEEN :one AND :n             | true
			size(num) = :one                         | false
			size(absent) = :one                     | false
			doc.kid = num                          | true
			doc.deep[0] = :s                         | true
			#n = :s                                  | false
			#a = :s                                  | false
			NOT str = :s                             | false
			NOT (str = :s)                           | false
			str = :s AND num = :n                    | true
			str = :s AND num = :m                    | false
			str = :p OR num = :n                     | true
			str = :p OR num = :m AND str = :s        | false
			str = :s OR num = :m AND str = :p        | true
			(str = :s OR num = :m) AND str = :p      | false
			NOT str = :p AND num = :n                | true
			NOT NOT NOT NOT str = :s                 | true
			NOT NOT NOT str = :s                     | false
			(str) = :s                               | true
			(doc).kid = :n                         | true
			((str = :s) AND (num = :n))              | true
			""")
	void evaluatesAsDynamoDb(String expression, boolean expected) {
		assertThat(test(expression)).isEqualTo(expected);
	}

	@Test
	void sizeOfAStringCountsUtf8Bytes() {
		ExpressionAttributes attributes = Json.attributes("{'#s':'size'}", "{':six':{'N':'6'}}");
		assertThat(ConditionExpression.parse("size(#s) = :six", attributes).test(ITEM)).isTrue();
	}

	@Test
	void conditionOnMissingItemSeesNoAttributes() {
		Condition condition = ConditionExpression.parse("attribute_not_exists(id)", ExpressionAttributes.none());
		assertThat(condition.test(Map.of())).isTrue();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`',
			textBlock = """
							things are not gonna be ok                | Syntax error; token: "are", near: "things are not"
							a > 4                                     | Syntax error; token: "4", near: "> 4"
							attribute_exists(Pictures-RearView)       | Syntax error; token: "-", near: "Pictures-RearView"
							attribute_exists(Pictures..RearView)      | Syntax error; token: ".", near: "..RearView"
							attribute_exists(asdf[a])                 | Syntax error; token: "a", near: "[a]"
							a in b, c                                 | Syntax error; token: "b", near: "in b,"
							a > between                               | Syntax error; token: "between", near: "> between"
							a in (b,c,)                               | Syntax error; token: ")", near: ",)"
							(a)between(b.(c.d))and(c)                 | Syntax error; token: "(", near: ".(c"
							#$.b > a                                  | Syntax error; token: "#", near: "#$"
							ü > a                                     | Syntax error; token: "ü", near: "ü >"
							size(a).b > a                             | Syntax error; token: ".", near: ").b"
							(size(a)).b > a                           | Syntax error; token: ".", near: ").b"
							size(a)[0] > a                            | Syntax error; token: "[", near: ")[0"
							a = :x AND                                | Syntax error; token: "<EOF>", near: "AND"
							a                                         | Syntax error; token: "<EOF>", near: "a"
							a AND b                                   | Syntax error; token: "AND", near: "a AND b"
									(a = :x) = :x                             | Syntax error; token: "=", near: ") = :x"
							a = (b = :x)                              | Syntax error; token: "=", near: "b = :x"
							attribute_exists()                        | Syntax error; token: ")", near: "()"
							`   `                                     | The expression can not be empty;
							a=a and a > ((views))                     | The expression has redundant parentheses;
							(a)between(((b.c)).d)and(c)               | The expression has redundant parentheses;
							a > whatever((:things), ((a)))            | The expression has redundant parentheses;
							a=a AND ((a=a AND a=a)) AND a=a           | The expression has redundant parentheses;
							a=a OR ((a=a OR (a=a OR a=a)))            | The expression has redundant parentheses;
							a=a and whatever((:things)) > a           | Invalid function name; function: whatever
							attRIbute_exIsts((views), #a)             | Invalid function name; function: attRIbute_exIsts
					if_not_exists(a, a) = :x                  | The function is not allowed in a condition expression; function: if_not_exists
					list_append(a, a) = :x                    | The function is not allowed in a condition expression; function: list_append
					contains(a, a)                            | The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [a]
							a=a and attribute_exists((views), (#a)) > b | The function is not allowed to be used this way in an expression; function: attribute_exists
							attribute_not_exists(things) > b          | The function is not allowed to be used this way in an expression; function: attribute_not_exists
							size(contains(a, b)) > a                  | The function is not allowed to be used this way in an expression; function: contains
							size(things)                              | The function is not allowed to be used this way in an expression; function: size
							NOT size(things)                          | The function is not allowed to be used this way in an expression; function: size
							a between b and attribute_exists(things)  | The function is not allowed to be used this way in an expression; function: attribute_exists
							a in (b, attribute_exists(things))        | The function is not allowed to be used this way in an expression; function: attribute_exists
							attribute_exists(views, #a)               | Attribute name is a reserved keyword; reserved keyword: views
							:a < abOrT                                | Attribute name is a reserved keyword; reserved keyword: abOrT
							a.name = :x                               | Attribute name is a reserved keyword; reserved keyword: name
							attribute_exists(#Pictures.RearView, :a) and a=a | An expression attribute name used in the document path is not defined; attribute name: #Pictures
							(#P between :lo and :hi) and (#PC in (:cat1, :cat2)) | An expression attribute name used in the document path is not defined; attribute name: #P
							(a)between(b.c[45].#d)and(:a)             | An expression attribute name used in the document path is not defined; attribute name: #d
							begins_with(:hello, #a, #b)               | An expression attribute value used in expression is not defined; attribute value: :hello
							:a < :b                                   | An expression attribute value used in expression is not defined; attribute value: :a
							attribute_exists(things, a) and a=a       | Incorrect number of operands for operator or function; operator or function: attribute_exists, number of operands: 2
							attribute_type(things)                    | Incorrect number of operands for operator or function; operator or function: attribute_type, number of operands: 1
							begins_with(things, size(a), b)           | Incorrect number of operands for operator or function; operator or function: begins_with, number of operands: 3
							size(things, a) > b                       | Incorrect number of operands for operator or function; operator or function: size, number of operands: 2
							a = a AND #a = b                          | The first operand must be distinct from the remaining operands for this operator or function; operator: =, first operand: [a]
							#a <> a                                   | The first operand must be distinct from the remaining operands for this operator or function; operator: <>, first operand: [a]
							contains(ab.bc[1].a, ab.bc[1].#a)         | The first operand must be distinct from the remaining operands for this operator or function; operator: contains, first operand: [ab, bc, [1], a]
							""")
	void refusesAsDynamoDb(String expression, String message) {
		ExpressionAttributes attributes = Json.attributes("{'#a':'a'}", "{':x':{'S':'x'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parseFilter(expression, attributes))
			.satisfies((ex) -> assertThat(ex.code()).isEqualTo("ValidationException"))
			.withMessage("Invalid FilterExpression: " + message);
	}

	@ParameterizedTest(name = "{0} with {1}")
	@CsvSource(delimiter = '|', textBlock = """
			attribute_type(a, size(a)) and a=a and a=:a | {'N':'1'}       | attribute_type, operand type: N
			attribute_type(a, :a)                       | {'B':'YQ=='}    | attribute_type, operand type: B
			attribute_type(a, :a)                       | {'L':[]}        | attribute_type, operand type: L
			begins_with(a, size(a)) and a=:a            | {'N':'1'}       | begins_with, operand type: N
			begins_with(a, :a)                          | {'BOOL':true}   | begins_with, operand type: BOOL
			begins_with(:a, a)                          | {'SS':['1']}    | begins_with, operand type: SS
			size(size(a)) > :a                          | {'N':'1'}       | size, operand type: N
			attribute_not_exists(size(:a))              | {'N':'1'}       | size, operand type: N
			size(:a) > a                                | {'NULL':true}   | size, operand type: NULL
			""")
	void refusesOperandsOfTheWrongType(String expression, String value, String detail) {
		ExpressionAttributes attributes = Json.attributes(null, "{':a':" + value + "}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parseFilter(expression, attributes))
			.withMessage("Invalid FilterExpression: Incorrect operand type for operator or function; "
					+ "operator or function: " + detail);
	}

	@Test
	void refusesAnAttributeTypeThatIsNoType() {
		ExpressionAttributes attributes = Json.attributes(null, "{':a':{'S':'1'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parse("attribute_type(a, :a)", attributes))
			.withMessage("Invalid ConditionExpression: Invalid attribute type name found; type: 1, "
					+ "valid types: {B,NULL,SS,BOOL,L,BS,N,NS,S,M}");
	}

	@Test
	void refusesAPathWhereAFunctionNeedsOne() {
		ExpressionAttributes attributes = Json.attributes(null, "{':a':{'S':'1'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parse("attribute_not_exists(size(:a))", attributes))
			.withMessage("Invalid ConditionExpression: Operator or function requires a document path; "
					+ "operator or function: attribute_not_exists");
	}

	@Test
	void refusesBetweenBoundsInTheWrongOrderOrOfDifferentTypes() {
		ExpressionAttributes attributes = Json.attributes(null, "{':lo':{'N':'10'},':hi':{'N':'5'},':s':{'S':'a'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parse("a BETWEEN :lo AND :hi", attributes))
			.withMessage("Invalid ConditionExpression: The BETWEEN operator requires upper bound to be greater than "
					+ "or equal to lower bound; lower bound operand: AttributeValue: {N:10}, upper bound operand: "
					+ "AttributeValue: {N:5}");
		ExpressionAttributes mixed = Json.attributes(null, "{':lo':{'N':'10'},':s':{'S':'a'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parse("a BETWEEN :lo AND :s", mixed))
			.withMessage("Invalid ConditionExpression: The BETWEEN operator requires same data type for lower and "
					+ "upper bounds; lower bound operand: AttributeValue: {N:10}, upper bound operand: "
					+ "AttributeValue: {S:a}");
	}

	@Test
	void refusesMoreThanAHundredInOperands() {
		StringBuilder arr = new StringBuilder(":v");
		for (int i = 1; i <= 100; i++) {
			arr.append(", :v");
		}
		ExpressionAttributes attributes = Json.attributes(null, "{':v':{'S':'x'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parse("a IN (" + arr + ")", attributes))
			.withMessage("Invalid ConditionExpression: The IN operator is provided with too many operands; "
					+ "number of operands: 101");
	}

	@Test
	void reportsTheFirstErrorOfTheFirstFaultyCondition() {
		ExpressionAttributes attributes = Json.attributes(null, "{':n':{'N':'1'}}");
		assertThatExceptionOfType(DynamoException.class)
			.isThrownBy(() -> ConditionExpression.parse("begins_with(a, :n) AND #undefined = b", attributes))
			.withMessageContaining("operator or function: begins_with, operand type: N");
	}

	@Test
	void unusedAndUndefinedPlaceholdersAreRefused() {
		ExpressionAttributes attributes = Json.attributes("{'#a':'a','#b':'b'}", "{':a':{'S':'x'},':c':{'S':'y'}}");
		ConditionExpression.parse("#a = :a", attributes);
		assertThatExceptionOfType(DynamoException.class).isThrownBy(attributes::verifyAllUsed)
			.withMessage("Value provided in ExpressionAttributeNames unused in expressions: keys: {#b}");
		ExpressionAttributes values = Json.attributes(null, "{':a':{'S':'x'},':c':{'S':'y'},':d':{'S':'y'}}");
		ConditionExpression.parse("a = :a", values);
		assertThatExceptionOfType(DynamoException.class).isThrownBy(values::verifyAllUsed)
			.withMessage("Value provided in ExpressionAttributeValues unused in expressions: keys: {:c, :d}");
	}

}
