/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.core;

import java.util.stream.Stream;

import io.dynamo.spring.expression.Condition;
import io.dynamo.spring.expression.Update;
import io.dynamo.spring.testentities.Customer;
import io.dynamo.spring.testsupport.EmbeddedDynamo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static io.dynamo.spring.expression.Condition.exists;
import static io.dynamo.spring.expression.Condition.not;
import static io.dynamo.spring.expression.Condition.notExists;
import static io.dynamo.spring.expression.Condition.size;
import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every condition function, once where it holds and once where it does not, evaluated by
 * the embedded engine as the condition of a write.
 *
 * @author dynamo-spring-boot authors
 */
class ConditionFunctionsTests {

	private static EmbeddedDynamo local;

	@BeforeAll
	static void start() {
		local = EmbeddedDynamo.start(Customer.class);
		// name=Ada, age=36, tags={vip, early}, nicknames=[ada, countess],
		// address.city=London
		local.template().save(EntityTypesRoundTripTests.fullCustomer("cond"));
	}

	@AfterAll
	static void stop() {
		local.close();
	}

	static Stream<Arguments> conditions() {
		return Stream.of(arguments("=", where("age").eq(36), where("age").eq(35)),
				arguments("<>", where("age").ne(35), where("age").ne(36)),
				arguments("<", where("age").lt(37), where("age").lt(36)),
				arguments("<=", where("age").le(36), where("age").le(35)),
				arguments(">", where("age").gt(35), where("age").gt(36)),
				arguments(">=", where("age").ge(36), where("age").ge(37)),
				arguments("between", where("age").between(30, 40), where("age").between(37, 40)),
				arguments("in", where("name").in("Bob", "Ada"), where("name").in("Bob", "Eve")),
				arguments("begins_with", where("name").beginsWith("Ad"), where("name").beginsWith("da")),
				arguments("contains on a string", where("name").contains("da"), where("name").contains("x")),
				arguments("contains on a set", where("tags").contains("vip"), where("tags").contains("gold")),
				arguments("contains on a list", where("nicknames").contains("countess"),
						where("nicknames").contains("duchess")),
				arguments("attribute_exists", exists("labels.tier"), exists("labels.missing")),
				arguments("attribute_not_exists", notExists("labels.missing"), notExists("labels.tier")),
				arguments("attribute_type", where("name").hasType(Condition.AttributeType.S),
						where("name").hasType(Condition.AttributeType.N)),
				arguments("attribute_type of a set", where("tags").hasType(Condition.AttributeType.SS),
						where("tags").hasType(Condition.AttributeType.L)),
				arguments("size of a set", size("tags").eq(2), size("tags").gt(2)),
				arguments("size of a string", size("name").between(1, 3), size("name").lt(3)),
				arguments("nested path", where("address.city").eq("London"), where("address.city").eq("Paris")),
				arguments("list index", where("nicknames[1]").eq("countess"), where("nicknames[0]").eq("countess")),
				arguments("and", where("age").eq(36).and(where("name").eq("Ada")),
						where("age").eq(36).and(where("name").eq("Bob"))),
				arguments("or", where("age").eq(1).or(where("name").eq("Ada")),
						where("age").eq(1).or(where("name").eq("Bob"))),
				arguments("not", not(where("name").eq("Bob")), not(where("name").eq("Ada"))), arguments("enum value",
						where("status").eq(Customer.Status.ACTIVE), where("status").eq(Customer.Status.SUSPENDED)));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("conditions")
	void whenTheConditionHoldsThenTheWriteHappensAndOtherwiseItIsRefused(String function, Condition holds,
			Condition fails) {
		UpdateResult<Customer> result = local.template()
			.update(Customer.class, "cond", null, Update.update().set("nothing", function), UpdateOptions.when(holds));
		assertThat(result.entity().orElseThrow().nothing()).isEqualTo(function);
		assertThatExceptionOfType(DynamoConditionFailedException.class).isThrownBy(() -> local.template()
			.update(Customer.class, "cond", null, Update.update().set("nothing", "refused"),
					UpdateOptions.when(fails)));
		assertThat(local.template().findById(Customer.class, "cond").orElseThrow().nothing()).isEqualTo(function);
	}

}
