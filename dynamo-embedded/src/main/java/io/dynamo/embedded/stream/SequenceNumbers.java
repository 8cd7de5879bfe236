/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

/**
 * Sequence numbers as text: 21 digits (the shortest DynamoDB Streams allows), a leading 1
 * then the zero-padded counter, so that they sort as text and as numbers alike.
 */
public final class SequenceNumbers {

	private SequenceNumbers() {
	}

	public static String format(long sequence) {
		String digits = Long.toString(sequence);
		StringBuilder text = new StringBuilder(21).append('1');
		for (int i = digits.length(); i < 20; i++) {
			text.append('0');
		}
		return text.append(digits).toString();
	}

	/** The counter of a sequence number, or -1 when the text is not one of ours. */
	public static long parse(String text) {
		if (text == null || text.length() != 21 || text.charAt(0) != '1') {
			return -1;
		}
		long value = 0;
		for (int i = 1; i < 21; i++) {
			char c = text.charAt(i);
			if (c < '0' || c > '9') {
				return -1;
			}
			value = value * 10 + (c - '0');
			if (value < 0) {
				return -1;
			}
		}
		return value;
	}

}
