/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.expression;

import java.math.BigDecimal;
import java.util.Arrays;

import io.dynamo.embedded.model.AttributeValue;
import io.dynamo.embedded.model.Sizes;
import io.dynamo.embedded.model.ValueOrder;

/**
 * DynamoDB's comparison semantics: values of different types are never equal nor ordered
 * (such comparisons are false, not errors), only S, N and B are ordered.
 */
final class Values {

	private Values() {
	}

	static boolean equal(AttributeValue a, AttributeValue b) {
		return a != null && b != null && a.equals(b);
	}

	/**
	 * Compares two values of one scalar type; {@link Integer#MIN_VALUE} when they are not
	 * comparable (missing, different types or not S, N or B).
	 */
	static int compare(AttributeValue a, AttributeValue b) {
		if (a == null || b == null || !ValueOrder.comparable(a, b)) {
			return Integer.MIN_VALUE;
		}
		return Integer.signum(ValueOrder.compare(a, b));
	}

	static boolean beginsWith(AttributeValue value, AttributeValue prefix) {
		if (value instanceof AttributeValue.S s && prefix instanceof AttributeValue.S p) {
			return s.value().startsWith(p.value());
		}
		if (value instanceof AttributeValue.B b && prefix instanceof AttributeValue.B p) {
			return b.value().length >= p.value().length
					&& Arrays.equals(b.value(), 0, p.value().length, p.value(), 0, p.value().length);
		}
		return false;
	}

	/**
	 * {@code contains}: a substring of a string or binary, a member of a set, an element
	 * of a list.
	 */
	static boolean contains(AttributeValue value, AttributeValue operand) {
		if (value == null || operand == null) {
			return false;
		}
		if (value instanceof AttributeValue.S s) {
			return operand instanceof AttributeValue.S o && s.value().contains(o.value());
		}
		if (value instanceof AttributeValue.B b) {
			return operand instanceof AttributeValue.B o && indexOf(b.value(), o.value()) >= 0;
		}
		if (value instanceof AttributeValue.SS ss) {
			return operand instanceof AttributeValue.S o && ss.values().contains(o.value());
		}
		if (value instanceof AttributeValue.NS ns) {
			return operand instanceof AttributeValue.N o && ns.values().contains(o);
		}
		if (value instanceof AttributeValue.BS bs) {
			return operand instanceof AttributeValue.B o && bs.values().contains(o);
		}
		if (value instanceof AttributeValue.L list) {
			return list.values().contains(operand);
		}
		return false;
	}

	private static int indexOf(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i <= haystack.length - needle.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	/**
	 * {@code size()}: a string's length in UTF-8 bytes, a binary's bytes, the elements of
	 * a set, list or map; null (no value) for numbers, booleans and nulls.
	 */
	static AttributeValue size(AttributeValue value) {
		long size;
		if (value instanceof AttributeValue.S s) {
			size = Sizes.utf8Length(s.value());
		}
		else if (value instanceof AttributeValue.B b) {
			size = b.value().length;
		}
		else if (value instanceof AttributeValue.SS ss) {
			size = ss.values().size();
		}
		else if (value instanceof AttributeValue.NS ns) {
			size = ns.values().size();
		}
		else if (value instanceof AttributeValue.BS bs) {
			size = bs.values().size();
		}
		else if (value instanceof AttributeValue.L l) {
			size = l.values().size();
		}
		else if (value instanceof AttributeValue.M m) {
			size = m.values().size();
		}
		else {
			return null;
		}
		return new AttributeValue.N(BigDecimal.valueOf(size));
	}

	/** A value as DynamoDB prints it in messages: {@code AttributeValue: {N:1}}. */
	static String describe(AttributeValue value) {
		String content;
		if (value instanceof AttributeValue.S s) {
			content = s.value();
		}
		else if (value instanceof AttributeValue.N n) {
			content = n.text();
		}
		else if (value instanceof AttributeValue.B b) {
			content = b.base64();
		}
		else if (value instanceof AttributeValue.Bool b) {
			content = String.valueOf(b.value());
		}
		else if (value instanceof AttributeValue.Null) {
			content = "true";
		}
		else if (value instanceof AttributeValue.SS ss) {
			content = String.join(",", ss.values());
		}
		else if (value instanceof AttributeValue.NS ns) {
			content = String.join(",", ns.values().stream().map(AttributeValue.N::text).toList());
		}
		else if (value instanceof AttributeValue.BS bs) {
			content = String.join(",", bs.values().stream().map(AttributeValue.B::base64).toList());
		}
		else {
			content = String.valueOf(value);
		}
		return "AttributeValue: {" + value.type() + ":" + content + "}";
	}

	/** The type names of update error messages: STRING, NUMBER, BINARY, ... */
	static String longTypeName(String type) {
		return switch (type) {
			case "S" -> "STRING";
			case "N" -> "NUMBER";
			case "B" -> "BINARY";
			case "BOOL" -> "BOOLEAN";
			case "L" -> "LIST";
			case "M" -> "MAP";
			default -> type;
		};
	}

	static boolean isSet(AttributeValue value) {
		return value instanceof AttributeValue.SS || value instanceof AttributeValue.NS
				|| value instanceof AttributeValue.BS;
	}

}
