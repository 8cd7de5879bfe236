/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.expression;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.util.Assert;

/**
 * A condition or filter expression: build one with {@link #where(String)},
 * {@link #size(String)}, {@link #exists(String)}, {@link #notExists(String)} and combine
 * with {@link #and(Condition)}, {@link #or(Condition)} and {@link #not(Condition)}.
 *
 * <pre class="code">
 * Condition c = where("status").eq("OPEN").and(where("total").between(10, 100))
 *     .and(not(exists("deletedAt")));
 * </pre>
 *
 * Values and names are always placeholders.
 *
 * @author dynamo-spring-boot authors
 */
public abstract class Condition {

	Condition() {
	}

	/**
	 * Start a condition on the attribute at the given path.
	 * @param path a path such as {@code status} or {@code address.city}
	 * @return the operand to compare
	 */
	public static Operand where(String path) {
		return new Operand(AttributePath.parse(path), false);
	}

	/**
	 * Start a condition on the attribute at the given path.
	 * @param path the path
	 * @return the operand to compare
	 */
	public static Operand where(AttributePath path) {
		return new Operand(path, false);
	}

	/**
	 * Start a condition on the size of the attribute at the given path (string length,
	 * bytes, or number of elements).
	 * @param path the path
	 * @return the operand to compare
	 */
	public static Operand size(String path) {
		return new Operand(AttributePath.parse(path), true);
	}

	/**
	 * Condition that the attribute exists.
	 * @param path the path
	 * @return the condition
	 */
	public static Condition exists(String path) {
		return new Function("attribute_exists", AttributePath.parse(path), null);
	}

	/**
	 * Condition that the attribute does not exist.
	 * @param path the path
	 * @return the condition
	 */
	public static Condition notExists(String path) {
		return new Function("attribute_not_exists", AttributePath.parse(path), null);
	}

	/**
	 * Negate a condition.
	 * @param condition the condition
	 * @return {@code NOT (condition)}
	 */
	public static Condition not(Condition condition) {
		return new Not(condition);
	}

	/**
	 * Both this and the other condition.
	 * @param other the other condition
	 * @return {@code (this) AND (other)}
	 */
	public Condition and(Condition other) {
		return new Junction("AND", this, other);
	}

	/**
	 * Either this or the other condition.
	 * @param other the other condition
	 * @return {@code (this) OR (other)}
	 */
	public Condition or(Condition other) {
		return new Junction("OR", this, other);
	}

	/**
	 * Render this condition, adding its names and values to the context.
	 * @param context the request's expression context
	 * @return the expression text
	 */
	public abstract String render(ExpressionContext context);

	/**
	 * The left-hand side of a comparison: an attribute or its size.
	 */
	public static final class Operand {

		private final AttributePath path;

		private final boolean size;

		Operand(AttributePath path, boolean size) {
			this.path = path;
			this.size = size;
		}

		String render(ExpressionContext context) {
			String rendered = context.path(this.path);
			return this.size ? "size(" + rendered + ")" : rendered;
		}

		/**
		 * Equal to the value.
		 * @param value the value
		 * @return the condition
		 */
		public Condition eq(@Nullable Object value) {
			return compare("=", value);
		}

		/**
		 * Not equal to the value.
		 * @param value the value
		 * @return the condition
		 */
		public Condition ne(@Nullable Object value) {
			return compare("<>", value);
		}

		/**
		 * Less than the value.
		 * @param value the value
		 * @return the condition
		 */
		public Condition lt(Object value) {
			return compare("<", value);
		}

		/**
		 * Less than or equal to the value.
		 * @param value the value
		 * @return the condition
		 */
		public Condition le(Object value) {
			return compare("<=", value);
		}

		/**
		 * Greater than the value.
		 * @param value the value
		 * @return the condition
		 */
		public Condition gt(Object value) {
			return compare(">", value);
		}

		/**
		 * Greater than or equal to the value.
		 * @param value the value
		 * @return the condition
		 */
		public Condition ge(Object value) {
			return compare(">=", value);
		}

		/**
		 * Between the two values, both included.
		 * @param low the lower bound
		 * @param high the upper bound
		 * @return the condition
		 */
		public Condition between(Object low, Object high) {
			return new Between(this, low, high);
		}

		/**
		 * Equal to one of the values (1 to 100 of them).
		 * @param values the values
		 * @return the condition
		 */
		public Condition in(Object... values) {
			return in(Arrays.asList(values));
		}

		/**
		 * Equal to one of the values (1 to 100 of them).
		 * @param values the values
		 * @return the condition
		 */
		public Condition in(List<?> values) {
			Assert.isTrue(!values.isEmpty() && values.size() <= 100, "IN takes 1 to 100 values, not " + values.size());
			return new In(this, List.copyOf(values));
		}

		/**
		 * A string that begins with the prefix.
		 * @param prefix the prefix
		 * @return the condition
		 */
		public Condition beginsWith(String prefix) {
			requireAttribute("begins_with");
			return new Function("begins_with", this.path, prefix);
		}

		/**
		 * A string that contains the substring, or a set or list that contains the
		 * element.
		 * @param value the substring or element
		 * @return the condition
		 */
		public Condition contains(Object value) {
			requireAttribute("contains");
			return new Function("contains", this.path, value);
		}

		/**
		 * The attribute exists.
		 * @return the condition
		 */
		public Condition exists() {
			requireAttribute("attribute_exists");
			return new Function("attribute_exists", this.path, null);
		}

		/**
		 * The attribute does not exist.
		 * @return the condition
		 */
		public Condition notExists() {
			requireAttribute("attribute_not_exists");
			return new Function("attribute_not_exists", this.path, null);
		}

		/**
		 * The attribute is of the given DynamoDB type.
		 * @param type the type
		 * @return the condition
		 */
		public Condition hasType(AttributeType type) {
			requireAttribute("attribute_type");
			return new Function("attribute_type", this.path, type);
		}

		private void requireAttribute(String function) {
			Assert.isTrue(!this.size, () -> function + " applies to an attribute, not to size(" + this.path + ")");
		}

		private Condition compare(String operator, @Nullable Object value) {
			return new Comparison(this, operator, value);
		}

		AttributePath path() {
			return this.path;
		}

		boolean isSize() {
			return this.size;
		}

	}

	/**
	 * The DynamoDB attribute types, for {@link Operand#hasType(AttributeType)}.
	 */
	public enum AttributeType {

		/** String. */
		S,
		/** Number. */
		N,
		/** Binary. */
		B,
		/** Boolean. */
		BOOL,
		/** Null. */
		NULL,
		/** List. */
		L,
		/** Map. */
		M,
		/** String set. */
		SS,
		/** Number set. */
		NS,
		/** Binary set. */
		BS

	}

	private static final class Comparison extends Condition {

		private final Operand operand;

		private final String operator;

		private final @Nullable Object value;

		Comparison(Operand operand, String operator, @Nullable Object value) {
			this.operand = operand;
			this.operator = operator;
			this.value = value;
		}

		@Override
		public String render(ExpressionContext context) {
			return this.operand.render(context) + " " + this.operator + " "
					+ valueOf(context, this.operand, this.value);
		}

	}

	private static final class Between extends Condition {

		private final Operand operand;

		private final Object low;

		private final Object high;

		Between(Operand operand, Object low, Object high) {
			this.operand = operand;
			this.low = low;
			this.high = high;
		}

		@Override
		public String render(ExpressionContext context) {
			return this.operand.render(context) + " BETWEEN " + valueOf(context, this.operand, this.low) + " AND "
					+ valueOf(context, this.operand, this.high);
		}

	}

	private static final class In extends Condition {

		private final Operand operand;

		private final List<?> values;

		In(Operand operand, List<?> values) {
			this.operand = operand;
			this.values = values;
		}

		@Override
		public String render(ExpressionContext context) {
			StringBuilder out = new StringBuilder(this.operand.render(context)).append(" IN (");
			for (int i = 0; i < this.values.size(); i++) {
				out.append((i > 0) ? ", " : "").append(valueOf(context, this.operand, this.values.get(i)));
			}
			return out.append(')').toString();
		}

	}

	private static final class Function extends Condition {

		private final String name;

		private final AttributePath path;

		private final @Nullable Object argument;

		Function(String name, AttributePath path, @Nullable Object argument) {
			this.name = name;
			this.path = path;
			this.argument = argument;
		}

		@Override
		public String render(ExpressionContext context) {
			String rendered = context.path(this.path);
			if (this.argument == null) {
				return this.name + "(" + rendered + ")";
			}
			String value = (this.argument instanceof AttributeType type)
					? context.rawValue(software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS(type.name()))
					: context.value(this.path, this.argument);
			return this.name + "(" + rendered + ", " + value + ")";
		}

	}

	private static final class Not extends Condition {

		private final Condition condition;

		Not(Condition condition) {
			this.condition = condition;
		}

		@Override
		public String render(ExpressionContext context) {
			return "NOT (" + this.condition.render(context) + ")";
		}

	}

	private static final class Junction extends Condition {

		private final String operator;

		private final Condition left;

		private final Condition right;

		Junction(String operator, Condition left, Condition right) {
			this.operator = operator;
			this.left = left;
			this.right = right;
		}

		@Override
		public String render(ExpressionContext context) {
			return "(" + this.left.render(context) + ") " + this.operator + " (" + this.right.render(context) + ")";
		}

	}

	private static String valueOf(ExpressionContext context, Operand operand, @Nullable Object value) {
		if (operand.isSize()) {
			// size() is a number whatever the attribute's type
			return context.value(AttributePath.of("size()"), value);
		}
		return context.value(operand.path(), value);
	}

}
