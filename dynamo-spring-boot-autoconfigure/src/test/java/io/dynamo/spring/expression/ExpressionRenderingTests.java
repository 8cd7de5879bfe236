/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static io.dynamo.spring.expression.Condition.exists;
import static io.dynamo.spring.expression.Condition.not;
import static io.dynamo.spring.expression.Condition.size;
import static io.dynamo.spring.expression.Condition.where;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * How paths, conditions, updates and projections render: names and values always as
 * placeholders.
 *
 * @author dynamo-spring-boot authors
 */
class ExpressionRenderingTests {

	@Test
	void whenPathsAreParsedThenNamesAndIndicesAreSeparated() {
		ExpressionContext context = ExpressionContext.create();
		assertThat(AttributePath.parse("items[2].qty").render(context)).isEqualTo("#n0[2].#n1");
		assertThat(AttributePath.parse("a.b.c").render(context)).isEqualTo("#n2.#n3.#n4");
		assertThat(AttributePath.parse("matrix[1][0]").render(context)).isEqualTo("#n5[1][0]");
		assertThat(context.names()).containsEntry("#n0", "items").containsEntry("#n1", "qty");
		assertThat(AttributePath.parse("items[2].qty").topLevelName()).isEqualTo("items");
		assertThat(AttributePath.of("a.b").render(ExpressionContext.create())).isEqualTo("#n0");
	}

	@Test
	void whenAPathIsMalformedThenTheErrorShowsIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> AttributePath.parse("a..b"))
			.withMessageContaining("'a..b'");
		assertThatIllegalArgumentException().isThrownBy(() -> AttributePath.parse("a[x]"))
			.withMessageContaining("not a number");
		assertThatIllegalArgumentException().isThrownBy(() -> AttributePath.parse("[0]"))
			.withMessageContaining("starts with a list index");
		assertThatIllegalArgumentException().isThrownBy(() -> AttributePath.parse("a[0"))
			.withMessageContaining("unclosed");
		assertThatIllegalArgumentException().isThrownBy(() -> AttributePath.parse("a.")).withMessageContaining("'a.'");
	}

	@Test
	void whenAConditionRendersThenEveryValueAndNameIsAPlaceholder() {
		ExpressionContext context = ExpressionContext.create();
		String expression = where("status").eq("OPEN")
			.and(where("total").between(10, 20))
			.and(not(exists("deletedAt")))
			.or(size("tags").gt(1))
			.render(context);
		assertThat(expression).isEqualTo(
				"(((#n0 = :v0) AND (#n1 BETWEEN :v1 AND :v2)) AND (NOT (attribute_exists(#n2)))) OR (size(#n3) > :v3)");
		assertThat(context.values()).containsEntry(":v0", AttributeValue.fromS("OPEN"))
			.containsEntry(":v1", AttributeValue.fromN("10"))
			.containsEntry(":v3", AttributeValue.fromN("1"));
	}

	@Test
	void whenTheSameNameAppearsTwiceThenItSharesOnePlaceholder() {
		ExpressionContext context = ExpressionContext.create();
		assertThat(where("a").gt(1).and(where("a").lt(5)).render(context)).isEqualTo("(#n0 > :v0) AND (#n0 < :v1)");
		assertThat(context.names()).hasSize(1);
	}

	@Test
	void whenAnUpdateRendersThenActionsAreGroupedByClause() {
		ExpressionContext context = ExpressionContext.create();
		String expression = Update.update()
			.set("a", 1)
			.remove("b")
			.addToSet("c", Set.of("x"))
			.deleteFromSet("d", Set.of(1))
			.add("e.f", 2)
			.appendToList("g", List.of("h"))
			.render(context);
		assertThat(expression).startsWith("SET #n0 = :v0, #n4.#n5 = if_not_exists(#n4.#n5, :v3) + :v4")
			.contains("REMOVE #n1")
			.contains("ADD #n2 :v1")
			.contains("DELETE #n3 :v2");
		assertThat(context.values().get(":v1").ss()).containsExactly("x");
		assertThat(context.values().get(":v2").ns()).containsExactly("1");
	}

	@Test
	void whenSetActionsTargetNestedPathsThenTheyAreRejectedBeforeSending() {
		assertThatIllegalArgumentException().isThrownBy(() -> Update.update().addToSet("a.b", Set.of("x")))
			.withMessageContaining("top-level attributes only");
	}

	@Test
	void whenAnEmptySetIsUsedAsAValueThenTheErrorSaysDynamoDbHasNone() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Update.update().addToSet("tags", Set.of()).render(ExpressionContext.create()))
			.withMessageContaining("DynamoDB has no empty sets");
	}

	@Test
	void whenAProjectionRendersThenItListsPlaceholders() {
		ExpressionContext context = ExpressionContext.create();
		assertThat(Projection.of("name", "address.city", "items[0]").render(context)).isEqualTo("#n0, #n1.#n2, #n3[0]");
	}

	@Test
	void whenInHasNoValueOrTooManyThenItIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> where("a").in(List.of()))
			.withMessageContaining("IN takes 1 to 100 values");
	}

}
