/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.model;

import java.util.Comparator;

/**
 * DynamoDB's order of scalar values of one type: strings by their UTF-8 bytes (code point
 * order, which differs from Java's UTF-16 {@code compareTo} for characters above U+FFFF),
 * numbers numerically, binaries as unsigned bytes. Sort keys are stored in this order and
 * comparisons in expressions use it.
 */
public final class ValueOrder {

	/**
	 * Orders S, N or B values of one type; values of different types are not comparable.
	 */
	public static final Comparator<AttributeValue> SCALARS = ValueOrder::compare;

	private ValueOrder() {
	}

	/**
	 * Compares two values of one scalar type.
	 * @throws IllegalArgumentException when the types differ or are not S, N or B
	 */
	public static int compare(AttributeValue a, AttributeValue b) {
		if (a instanceof AttributeValue.S sa && b instanceof AttributeValue.S sb) {
			return compareStrings(sa.value(), sb.value());
		}
		if (a instanceof AttributeValue.N na && b instanceof AttributeValue.N nb) {
			return na.value().compareTo(nb.value());
		}
		if (a instanceof AttributeValue.B ba && b instanceof AttributeValue.B bb) {
			return ba.compareTo(bb);
		}
		throw new IllegalArgumentException("Not comparable: " + a.type() + " and " + b.type());
	}

	/** Whether two values are of one scalar type that {@link #compare} orders. */
	public static boolean comparable(AttributeValue a, AttributeValue b) {
		return (a instanceof AttributeValue.S && b instanceof AttributeValue.S)
				|| (a instanceof AttributeValue.N && b instanceof AttributeValue.N)
				|| (a instanceof AttributeValue.B && b instanceof AttributeValue.B);
	}

	/** Compares strings by code point, which is the order of their UTF-8 bytes. */
	public static int compareStrings(String a, String b) {
		int length = Math.min(a.length(), b.length());
		for (int i = 0; i < length; i++) {
			char ca = a.charAt(i);
			char cb = b.charAt(i);
			if (ca != cb) {
				boolean sa = Character.isSurrogate(ca);
				boolean sb = Character.isSurrogate(cb);
				if (sa != sb) {
					// a surrogate (U+D800..DFFF, starting a code point above U+FFFF)
					// sorts after
					// every BMP character, U+E000..U+FFFF included
					return sa ? 1 : -1;
				}
				return ca - cb;
			}
		}
		return a.length() - b.length();
	}

}
