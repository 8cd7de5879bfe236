/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation;

import java.util.List;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.BodyRewriter;
import io.dynamo.embedded.support.TestTables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;

import static io.dynamo.embedded.support.TestTables.item;
import static io.dynamo.embedded.support.TestTables.n;
import static io.dynamo.embedded.support.TestTables.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Requests the SDK would never send, rewritten on their way out of the SDK client, and
 * requests it sends that DynamoDB refuses: the engine answers with DynamoDB's error type
 * and message (as dynalite, tested against the service, words them).
 */
class RequestValidationTests {

	private final DynamoEngine engine = DynamoEngine.inMemory();

	private final BodyRewriter rewriter = new BodyRewriter();

	private final DynamoDbClient client = this.rewriter.client(this.engine);

	@BeforeEach
	void createTables() {
		TestTables.hashTable(this.client, "things");
		TestTables.indexedTable(this.client, "orders");
	}

	@AfterEach
	void close() {
		this.client.close();
		this.engine.close();
	}

	@Test
	void numberWithPlusSignOrSpaceIsRefused() {
		this.rewriter.replace("\"N\":\"1\"", "\"N\":\"+1\"");
		assertThat(putError(item("id", s("a"), "n", n(1))))
			.isEqualTo("ValidationException: The parameter cannot be converted to a numeric value: +1");
		this.rewriter.replace("\"N\":\"1\"", "\"N\":\" 1\"");
		assertThat(putError(item("id", s("a"), "n", n(1))))
			.isEqualTo("ValidationException: The parameter cannot be converted to a numeric value:  1");
	}

	@Test
	void emptyNumberIsRefused() {
		assertThat(putError(item("id", s("a"), "n", AttributeValue.fromN(""))))
			.isEqualTo("ValidationException: The parameter cannot be converted to a numeric value");
	}

	@Test
	void base64OutsideTheStrictAlphabetOrWithPaddingBitsIsRefused() {
		AttributeValue bytes = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 1 }));
		this.rewriter.replace("\"AQ==\"", "\"A?==\"");
		assertThat(putError(item("id", s("a"), "b", bytes)))
			.isEqualTo("SerializationException: Invalid last non-pad Base64 character dectected");
		this.rewriter.replace("\"AQ==\"", "\"AR==\"");
		assertThat(putError(item("id", s("a"), "b", bytes)))
			.isEqualTo("SerializationException: Invalid last non-pad Base64 character dectected");
		this.rewriter.replace("\"AQ==\"", "\"AQ=\"");
		assertThat(putError(item("id", s("a"), "b", bytes)))
			.isEqualTo("SerializationException: Base64 encoded length is expected a multiple of 4 bytes but found: 3");
	}

	@Test
	void unknownAttributeValueMemberIsIgnoredSoTheValueIsEmpty() {
		this.rewriter.replace("\"S\":\"x\"", "\"s\":\"x\"");
		assertThat(putError(item("id", s("a"), "v", s("x")))).isEqualTo(
				"ValidationException: Supplied AttributeValue is empty, must contain exactly one of the supported datatypes");
	}

	@Test
	void booleansWrittenAsStringsAreRead() {
		this.rewriter.replace("\"BOOL\":true", "\"BOOL\":\"yes\"");
		this.client
			.putItem((p) -> p.tableName("things").item(item("id", s("a"), "flag", AttributeValue.fromBool(true))));
		this.rewriter.replace("\"BOOL\":true", "\"BOOL\":\"0\"");
		this.client
			.putItem((p) -> p.tableName("things").item(item("id", s("b"), "flag", AttributeValue.fromBool(true))));
		this.rewriter.replace("\"BOOL\":true", "\"BOOL\":\"maybe\"");
		assertThat(putError(item("id", s("c"), "flag", AttributeValue.fromBool(true))))
			.isEqualTo("SerializationException: Unexpected token received from parser");
		this.rewriter.rewrite((body) -> body);
		assertThat(this.client.getItem((g) -> g.tableName("things").key(item("id", s("a")))).item().get("flag"))
			.isEqualTo(AttributeValue.fromBool(true));
		assertThat(this.client.getItem((g) -> g.tableName("things").key(item("id", s("b")))).item().get("flag"))
			.isEqualTo(AttributeValue.fromBool(false));
	}

	@Test
	void membersOfTheWrongJsonTypeAreWordedAsTheDeserializerWordsThem() {
		this.rewriter.replace("\"TableName\":\"things\"", "\"TableName\":5");
		assertThat(error(() -> this.client.scan((q) -> q.tableName("things"))))
			.isEqualTo("SerializationException: NUMBER_VALUE cannot be converted to String");
		this.rewriter.replace("\"Limit\":1", "\"Limit\":\"x\"");
		assertThat(error(() -> this.client.scan((q) -> q.tableName("things").limit(1))))
			.isEqualTo("SerializationException: STRING_VALUE cannot be converted to Integer");
		this.rewriter.replace("\"Limit\":1", "\"Limit\":[1]");
		assertThat(error(() -> this.client.scan((q) -> q.tableName("things").limit(1))))
			.isEqualTo("SerializationException: Unrecognized collection type class java.lang.Integer");
		this.rewriter.replace("\"Key\":{\"id\":{\"S\":\"a\"}}", "\"Key\":\"id\"");
		assertThat(error(() -> this.client.getItem((g) -> g.tableName("things").key(item("id", s("a"))))))
			.isEqualTo("SerializationException: Unexpected field type");
	}

	@Test
	void emptyBodyIsASerializationError() {
		this.rewriter.rewrite((body) -> "");
		assertThat(error(() -> this.client.scan((q) -> q.tableName("things")))).startsWith("SerializationException: ");
	}

	@Test
	void constraintsAreListedTogetherInTheModelsOrderTableNameIncluded() {
		assertThat(error(() -> this.client.scan((q) -> q.tableName("ab").limit(0).select("EVERYTHING"))))
			.isEqualTo("ValidationException: 3 validation errors detected: "
					+ "Value 'EVERYTHING' at 'select' failed to satisfy constraint: Member must satisfy enum value set: "
					+ "[SPECIFIC_ATTRIBUTES, COUNT, ALL_ATTRIBUTES, ALL_PROJECTED_ATTRIBUTES]; "
					+ "Value 'ab' at 'tableName' failed to satisfy constraint: Member must have length greater than or equal to 3; "
					+ "Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
		this.rewriter.replace("\"TableName\":\"things\",", "");
		assertThat(error(() -> this.client.putItem((p) -> p.tableName("things").item(item("id", s("a"))))))
			.isEqualTo("ValidationException: 1 validation error detected: "
					+ "Value null at 'tableName' failed to satisfy constraint: Member must not be null");
	}

	@Test
	void structuresInConstraintMessagesAreShownAsJson() {
		List<Map<String, AttributeValue>> keys = new java.util.ArrayList<>();
		for (int i = 0; i < 101; i++) {
			keys.add(item("id", s("k" + i)));
		}
		assertThat(error(() -> this.client.batchGetItem((b) -> b.requestItems(Map.of("things",
				software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes.builder().keys(keys).build())))))
			.startsWith("ValidationException: 1 validation error detected: Value '[{\"id\":{\"S\":\"k0\"}}, ");
	}

	@Test
	void getItemIgnoresExpressionAttributeValuesWhichItsModelDoesNotHave() {
		this.client.putItem((p) -> p.tableName("things").item(item("id", s("a"), "v", s("x"))));
		this.rewriter.replace("\"TableName\":\"things\"",
				"\"TableName\":\"things\",\"ExpressionAttributeValues\":{\":unused\":{\"S\":\"y\"}}");
		assertThat(this.client.getItem((g) -> g.tableName("things").key(item("id", s("a")))).item()).containsEntry("v",
				s("x"));
	}

	@Test
	void betweenBoundsOfDifferentTypesArePrintedAsValues() {
		assertThat(
				error(() -> this.client.putItem(
						(p) -> p.tableName("things")
							.item(item("id", s("a")))
							.conditionExpression("v BETWEEN :lo AND :hi")
							.expressionAttributeValues(Map.of(":lo", AttributeValue.fromNul(true), ":hi",
									AttributeValue.fromBool(true))))))
			.isEqualTo("ValidationException: Invalid ConditionExpression: The BETWEEN operator requires same data type "
					+ "for lower and upper bounds; lower bound operand: AttributeValue: {NULL:true}, "
					+ "upper bound operand: AttributeValue: {BOOL:true}");
	}

	@Test
	void duplicatesInSetsAreWordedPerSetType() {
		AttributeValue bytes = AttributeValue.fromB(SdkBytes.fromByteArray(new byte[] { 0 }));
		assertThat(putError(item("id", s("a"), "bs", AttributeValue.builder().bs(bytes.b(), bytes.b()).build())))
			.isEqualTo("ValidationException: One or more parameter values were invalid: "
					+ "Input collection [AA==, AA==]of type BS contains duplicates.");
		assertThat(putError(item("id", s("a"), "ss", AttributeValue.fromSs(List.of("x", "x")))))
			.isEqualTo("ValidationException: One or more parameter values were invalid: "
					+ "Input collection [x, x] contains duplicates.");
		assertThat(putError(item("id", s("a"), "ns", AttributeValue.fromNs(List.of("1", "1.0")))))
			.isEqualTo("ValidationException: Input collection contains duplicates");
		assertThat(putError(item("id", s("a"), "bs", AttributeValue.builder().bs(List.of()).build()))).isEqualTo(
				"ValidationException: One or more parameter values were invalid: Binary sets should not be empty");
	}

	@Test
	void removeUnderAMissingParentIsRefusedEvenWithoutAnItem() {
		assertThat(error(() -> this.client
			.updateItem((u) -> u.tableName("things").key(item("id", s("new"))).updateExpression("REMOVE m.x"))))
			.isEqualTo(
					"ValidationException: The document path provided in the update expression is invalid for update");
		assertThat(error(() -> this.client
			.updateItem((u) -> u.tableName("things").key(item("id", s("new"))).updateExpression("REMOVE l[1]"))))
			.isEqualTo(
					"ValidationException: The document path provided in the update expression is invalid for update");
		assertThat(this.client.getItem((g) -> g.tableName("things").key(item("id", s("new")))).hasItem()).isFalse();
	}

	@Test
	void removeOfAMissingLeafUnderAnExistingParentIsNothing() {
		this.client.putItem((p) -> p.tableName("things")
			.item(item("id", s("a"), "m", AttributeValue.fromM(Map.of("y", s("1"))), "l",
					AttributeValue.fromL(List.of(s("0"))))));
		this.client.updateItem(
				(u) -> u.tableName("things").key(item("id", s("a"))).updateExpression("REMOVE m.x, l[5], absent"));
		assertThat(this.client.getItem((g) -> g.tableName("things").key(item("id", s("a")))).item())
			.containsEntry("m", AttributeValue.fromM(Map.of("y", s("1"))))
			.containsEntry("l", AttributeValue.fromL(List.of(s("0"))));
		this.client.updateItem((u) -> u.tableName("things").key(item("id", s("b"))).updateExpression("REMOVE absent"));
		assertThat(this.client.getItem((g) -> g.tableName("things").key(item("id", s("b")))).item())
			.isEqualTo(item("id", s("b")));
	}

	@Test
	void updateErrorsFollowTheExpressionsOrder() {
		this.client.putItem((p) -> p.tableName("things").item(item("id", s("a"), "ss", s("not a set"))));
		// the REMOVE comes first and its path has no parent; the DELETE's operand type is
		// wrong too
		assertThat(error(() -> this.client.updateItem((u) -> u.tableName("things")
			.key(item("id", s("a")))
			.updateExpression("REMOVE l[1] DELETE ss :v")
			.expressionAttributeValues(Map.of(":v", AttributeValue.fromSs(List.of("x"))))))).isEqualTo(
					"ValidationException: The document path provided in the update expression is invalid for update");
		assertThat(error(() -> this.client.updateItem((u) -> u.tableName("things")
			.key(item("id", s("a")))
			.updateExpression("DELETE ss :v REMOVE l[1]")
			.expressionAttributeValues(Map.of(":v", AttributeValue.fromSs(List.of("x")))))))
			.isEqualTo("ValidationException: An operand in the update expression has an incorrect data type");
	}

	@Test
	void settingAnIndexKeyToAnotherTypeFromTheItemIsWordedAsAnUpdateError() {
		this.client.putItem((p) -> p.tableName("orders").item(item("pk", s("p"), "sk", n(1), "count", n(3))));
		assertThat(error(() -> this.client.updateItem((u) -> u.tableName("orders")
			.key(item("pk", s("p"), "sk", n(1)))
			.updateExpression("SET #status = #count, m.x = :v")
			.expressionAttributeNames(Map.of("#status", "status", "#count", "count"))
			.expressionAttributeValues(Map.of(":v", s("x"))))))
			.isEqualTo("ValidationException: The update expression attempted to update the secondary index key "
					+ "to unsupported type");
	}

	private String putError(Map<String, AttributeValue> item) {
		return error(() -> this.client.putItem((p) -> p.tableName("things").item(item)));
	}

	private static String error(Runnable call) {
		DynamoDbException ex = org.assertj.core.api.Assertions.catchThrowableOfType(DynamoDbException.class, call::run);
		assertThat(ex).as("an error from the engine").isNotNull();
		return ex.awsErrorDetails().errorCode() + ": " + ex.awsErrorDetails().errorMessage();
	}

}
