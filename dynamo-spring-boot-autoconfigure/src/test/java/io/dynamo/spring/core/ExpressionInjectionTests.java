/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

import io.dynamo.spring.expression.AttributePath;
import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.ExpressionContext;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Values and attribute names taken from hostile strings never change what an expression
 * matches: every name is an expression attribute name and every value an expression
 * attribute value.
 *
 * @author dynamo-spring-boot authors
 */
class ExpressionInjectionTests {

	private static final List<String> HOSTILE = List.of("x) OR attribute_exists(pk", "x) OR (#n0 = #n0", "#n", "#n0",
			":v", ":v0", "name = :v0 OR 1 = 1", "attribute_not_exists(id)", "\"; DROP TABLE customers; --",
			"size(name) > 0", "REMOVE name", "a.b[0]", "", " ");

	/** Only placeholders, keywords, function names, operators and punctuation. */
	private static final Pattern SAFE_EXPRESSION = Pattern.compile("[#:\\w\\s().,=<>\\[\\]+-]*");

	private static EmbeddedDynamo local;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Customer.class);
		local.client()
			.createTable((table) -> table.tableName("raw")
				.billingMode(BillingMode.PAY_PER_REQUEST)
				.attributeDefinitions(
						AttributeDefinition.builder().attributeName("pk").attributeType(ScalarAttributeType.S).build())
				.keySchema(KeySchemaElement.builder().attributeName("pk").keyType(KeyType.HASH).build()));
		local.template().save(Customer.minimal("victim", "fixed"));
		local.client()
			.putItem((put) -> put.tableName("raw")
				.item(Map.of("pk", AttributeValue.fromS("victim"), "name", AttributeValue.fromS("fixed"))));
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	@Test
	void whenHostileValuesAreComparedThenTheyMatchNothingButThemselves() {
		for (String hostile : HOSTILE) {
			if (hostile.isEmpty()) {
				continue;
			}
			assertThatExceptionOfType(DynamoConditionFailedException.class).as("value %s", hostile)
				.isThrownBy(
						() -> local.template().save(Customer.minimal("victim", "changed"), where("name").eq(hostile)));
			local.template().save(Customer.minimal("hostile", hostile));
			Customer written = local.template()
				.save(Customer.minimal("hostile", "ok"), where("name").eq(hostile).and(where("id").eq("hostile")));
			assertThat(written.name()).isEqualTo("ok");
		}
		assertThat(local.template().findById(Customer.class, "victim").orElseThrow().name()).isEqualTo("fixed");
	}

	@Test
	void whenHostileStringsAreAttributeNamesThenTheyNameOnlyThemselves() {
		for (String hostile : HOSTILE) {
			if (hostile.isEmpty()) {
				continue;
			}
			Condition exists = Condition.where(AttributePath.of(hostile)).exists();
			assertThatExceptionOfType(ConditionalCheckFailedException.class).as("name %s", hostile)
				.isThrownBy(() -> rawConditionalWrite("victim", exists));
			rawConditionalWrite("victim", Condition.where(AttributePath.of(hostile)).notExists());
		}
	}

	@Test
	void whenTenThousandRandomStringsAreValuesAndNamesThenNoneChangesTheExpression() {
		Random random = new Random(20261121);
		List<String> strings = new ArrayList<>();
		for (int i = 0; i < 10_000; i++) {
			strings.add(randomString(random));
		}
		int refused = 0;
		for (String text : strings) {
			// never matches: the stored name is "fixed" and no attribute has a random
			// name
			Condition condition = where("name").eq(text).or(Condition.where(AttributePath.of(text)).exists());
			ExpressionContext context = ExpressionContext.create();
			assertThat(condition.render(context)).matches(SAFE_EXPRESSION);
			assertThat(context.names()).containsValue(text);
			assertThat(context.values().values()).contains(AttributeValue.fromS(text));
			try {
				rawConditionalWrite("victim", condition);
			}
			catch (ConditionalCheckFailedException ex) {
				refused++;
			}
		}
		assertThat(refused).isEqualTo(strings.size());
		for (String text : strings.subList(0, 500)) {
			// matches exactly the item that holds the string, as a value and as a name
			local.client()
				.putItem((put) -> put.tableName("raw")
					.item(Map.of("pk", AttributeValue.fromS("random"), "name", AttributeValue.fromS(text), "x" + text,
							AttributeValue.fromS(text))));
			rawConditionalWrite("random",
					where("name").eq(text).and(Condition.where(AttributePath.of("x" + text)).eq(text)));
		}
		assertThat(local.client()
			.getItem((get) -> get.tableName("raw").key(Map.of("pk", AttributeValue.fromS("victim"))))
			.item()
			.get("name")
			.s()).isEqualTo("fixed");
	}

	@Test
	void whenUpdatesCarryHostileValuesThenTheyAreStoredVerbatim() {
		for (String hostile : HOSTILE) {
			Customer updated = local.template()
				.update(Customer.class, "upd-hostile", null, Update.update().set("name", hostile))
				.entity()
				.orElseThrow();
			assertThat(updated.name()).isEqualTo(hostile);
		}
	}

	private static void rawConditionalWrite(String key, Condition condition) {
		ExpressionContext context = ExpressionContext.create();
		String expression = condition.render(context);
		local.client()
			.updateItem((update) -> update.tableName("raw")
				.key(Map.of("pk", AttributeValue.fromS(key)))
				.updateExpression("SET #touched = :touched")
				.conditionExpression(expression)
				.expressionAttributeNames(merge(context.names(), "#touched", "touched"))
				.expressionAttributeValues(merge(context.values(), ":touched", AttributeValue.fromBool(true))));
	}

	private static <V> Map<String, V> merge(Map<String, V> map, String key, V value) {
		Map<String, V> merged = new java.util.HashMap<>(map);
		merged.put(key, value);
		return merged;
	}

	private static String randomString(Random random) {
		int length = 1 + random.nextInt(24);
		StringBuilder out = new StringBuilder();
		String specials = "#:()[].,'\"=<>!&|;-_ \t\n\\/*%$@";
		while (out.length() < length) {
			int kind = random.nextInt(4);
			if (kind == 0) {
				out.append(specials.charAt(random.nextInt(specials.length())));
			}
			else if (kind == 1) {
				out.append((char) ('a' + random.nextInt(26)));
			}
			else if (kind == 2) {
				out.appendCodePoint(0x00C0 + random.nextInt(0x0250));
			}
			else {
				out.appendCodePoint(0x1F600 + random.nextInt(0x40));
			}
		}
		return out.toString();
	}

}
