/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * DynamoDB's item size rules: names and strings by UTF-8 length, numbers by their
 * significant digits (about one byte per two digits plus one), binaries by length,
 * booleans and nulls one byte, lists and maps three bytes plus one per element.
 */
public final class Sizes {

	private Sizes() {
	}

	/** Size of an item: every attribute name plus its value. */
	public static int itemSize(Map<String, AttributeValue> item) {
		int size = 0;
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			size += utf8Length(entry.getKey()) + entry.getValue().size();
		}
		return size;
	}

	/** UTF-8 length of a string, counted without encoding it. */
	public static int utf8Length(String s) {
		int length = s.length();
		int bytes = length;
		for (int i = 0; i < length; i++) {
			char c = s.charAt(i);
			if (c >= 0x80) {
				if (c < 0x800) {
					bytes += 1;
				}
				else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(s.charAt(i + 1))) {
					bytes += 2;
					i++;
				}
				else {
					bytes += 2;
				}
			}
		}
		return bytes;
	}

	static int numberSize(BigDecimal value) {
		if (value.signum() == 0) {
			return 1;
		}
		BigDecimal abs = value.abs();
		int digits = abs.precision();
		// digits are stored in pairs aligned on the decimal point: an odd exponent adds a
		// pad
		int exponent = abs.precision() - abs.scale();
		if (Math.floorMod(exponent, 2) != 0) {
			digits++;
		}
		if (Math.floorMod(digits, 2) != 0) {
			digits++;
		}
		int size = digits / 2 + 1;
		return (value.signum() < 0) ? size + 1 : size;
	}

	static int listSize(List<AttributeValue> values) {
		int size = 3;
		for (AttributeValue value : values) {
			size += 1 + value.size();
		}
		return size;
	}

	static int mapSize(Map<String, AttributeValue> values) {
		int size = 3;
		for (Map.Entry<String, AttributeValue> entry : values.entrySet()) {
			size += 1 + utf8Length(entry.getKey()) + entry.getValue().size();
		}
		return size;
	}

}
