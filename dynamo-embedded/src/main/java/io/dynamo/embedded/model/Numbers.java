/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * DynamoDB's number rules: at most 38 significant digits, magnitudes from 1E-130 up to
 * (but not including) 1E+126, returned with trailing zeros stripped.
 */
public final class Numbers {

	private static final BigDecimal MAX = new BigDecimal("1E+126");

	private static final BigDecimal MIN = new BigDecimal("1E-130");

	// the wire form DynamoDB reads: no sign but a minus, no spaces, no hexadecimal
	private static final Pattern FORMAT = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

	private Numbers() {
	}

	/**
	 * Parses a number as DynamoDB reads it.
	 * @param text the number's text
	 * @return the canonical value
	 * @throws DynamoException a {@code ValidationException} with DynamoDB's message
	 */
	public static BigDecimal parse(String text) {
		if (text.isEmpty()) {
			throw DynamoException.validation("The parameter cannot be converted to a numeric value");
		}
		BigDecimal value;
		try {
			if (!FORMAT.matcher(text).matches()) {
				throw new NumberFormatException(text);
			}
			value = new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw DynamoException.validation("The parameter cannot be converted to a numeric value: " + text);
		}
		return check(value);
	}

	/**
	 * Checks a computed value (the result of {@code +}, {@code -} or ADD) against the
	 * limits.
	 */
	public static BigDecimal check(BigDecimal value) {
		BigDecimal canonical = canonical(value);
		if (canonical.signum() == 0) {
			return canonical;
		}
		if (canonical.precision() > 38) {
			throw DynamoException.validation("Attempting to store more than 38 significant digits in a Number");
		}
		BigDecimal abs = canonical.abs();
		if (abs.compareTo(MAX) >= 0) {
			throw DynamoException
				.validation("Number overflow. Attempting to store a number with magnitude larger than supported range");
		}
		if (abs.compareTo(MIN) < 0) {
			throw DynamoException.validation(
					"Number underflow. Attempting to store a number with magnitude smaller than supported range");
		}
		return canonical;
	}

	static BigDecimal canonical(BigDecimal value) {
		return (value.signum() == 0) ? BigDecimal.ZERO : value.stripTrailingZeros();
	}

}
