/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.model;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A DynamoDB attribute value: one of the ten data types. Values are immutable;
 * collections handed to the records are never changed after construction (callers build a
 * new value instead). Equality is DynamoDB's: numbers by value, binaries by content, sets
 * regardless of order.
 */
public sealed interface AttributeValue {

	/**
	 * The type descriptor DynamoDB uses on the wire: S, N, B, BOOL, NULL, L, M, SS, NS,
	 * BS.
	 */
	String type();

	/** Size in bytes by DynamoDB's item size rules (the attribute name not included). */
	int size();

	/** A string (S). */
	record S(String value) implements AttributeValue {
		public String type() {
			return "S";
		}

		public int size() {
			return Sizes.utf8Length(this.value);
		}
	}

	/**
	 * A number (N), held in canonical form: trailing zeros stripped, so that equal
	 * numbers are equal records. {@link #text()} is the form DynamoDB returns.
	 */
	record N(BigDecimal value) implements AttributeValue {
		public N {
			value = Numbers.canonical(value);
		}

		/** Parses and validates a number as DynamoDB does (38 digits, its range). */
		public static N parse(String text) {
			return new N(Numbers.parse(text));
		}

		public String type() {
			return "N";
		}

		public String text() {
			return this.value.toPlainString();
		}

		public int size() {
			return Sizes.numberSize(this.value);
		}

		@Override
		public String toString() {
			return "N[" + text() + "]";
		}
	}

	/** A binary (B); equality and order by content, order as unsigned bytes. */
	record B(byte[] value) implements AttributeValue, Comparable<B> {
		public String type() {
			return "B";
		}

		public int size() {
			return this.value.length;
		}

		public String base64() {
			return Base64.getEncoder().encodeToString(this.value);
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof B b && Arrays.equals(this.value, b.value);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.value);
		}

		@Override
		public int compareTo(B other) {
			return Arrays.compareUnsigned(this.value, other.value);
		}

		@Override
		public String toString() {
			return "B[" + base64() + "]";
		}
	}

	/** A boolean (BOOL). */
	record Bool(boolean value) implements AttributeValue {
		public static final Bool TRUE = new Bool(true);

		public static final Bool FALSE = new Bool(false);

		public static Bool of(boolean value) {
			return value ? TRUE : FALSE;
		}

		public String type() {
			return "BOOL";
		}

		public int size() {
			return 1;
		}
	}

	/** The null value (NULL); DynamoDB only accepts {@code true} for it. */
	record Null() implements AttributeValue {
		public static final Null INSTANCE = new Null();

		public String type() {
			return "NULL";
		}

		public int size() {
			return 1;
		}
	}

	/** A list (L) of values of any type. */
	record L(List<AttributeValue> values) implements AttributeValue {
		public String type() {
			return "L";
		}

		public int size() {
			return Sizes.listSize(this.values);
		}
	}

	/** A map (M) of names to values of any type. */
	record M(Map<String, AttributeValue> values) implements AttributeValue {
		public String type() {
			return "M";
		}

		public int size() {
			return Sizes.mapSize(this.values);
		}
	}

	/** A string set (SS): no duplicates, never empty. */
	record SS(Set<String> values) implements AttributeValue {
		public String type() {
			return "SS";
		}

		public int size() {
			int size = 0;
			for (String s : this.values) {
				size += Sizes.utf8Length(s);
			}
			return size;
		}
	}

	/** A number set (NS): no duplicates (by value), never empty. */
	record NS(Set<N> values) implements AttributeValue {
		public String type() {
			return "NS";
		}

		public int size() {
			int size = 0;
			for (N n : this.values) {
				size += n.size();
			}
			return size;
		}
	}

	/** A binary set (BS): no duplicates (by content), never empty. */
	record BS(Set<B> values) implements AttributeValue {
		public String type() {
			return "BS";
		}

		public int size() {
			int size = 0;
			for (B b : this.values) {
				size += b.size();
			}
			return size;
		}
	}

	/** A string value. */
	static S s(String value) {
		return new S(value);
	}

	/** A number value from its text, validated. */
	static N n(String value) {
		return N.parse(value);
	}

	/** A binary value from UTF-8 text (for tests and samples). */
	static B b(String utf8) {
		return new B(utf8.getBytes(StandardCharsets.UTF_8));
	}

}
