/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.dynamo.embedded.model.DynamoException;

/**
 * How the service's JSON deserializer reads scalar members, and how it words a member of
 * the wrong JSON type (a {@code SerializationException}).
 */
public final class Deserializer {

	private Deserializer() {
	}

	/**
	 * A boolean as the service's deserializer reads one: JSON true and false, and the
	 * strings {@code true}, {@code 1}, {@code yes} and {@code false}, {@code 0},
	 * {@code no} in any case.
	 */
	public static boolean readBoolean(Object json) {
		if (json instanceof Boolean b) {
			return b;
		}
		if (json instanceof String s) {
			switch (s.toUpperCase(Locale.ROOT)) {
				case "TRUE", "1", "YES":
					return true;
				case "FALSE", "0", "NO":
					return false;
				default:
					throw DynamoException.serialization("Unexpected token received from parser");
			}
		}
		throw DynamoException.serialization(cannotConvert(json, "Boolean"));
	}

	/**
	 * The deserializer's message for a member of the wrong JSON type, such as
	 * {@code NUMBER_VALUE cannot be converted to String}.
	 * @param json the member's value
	 * @param type the type the member has, as the service names it ({@code String},
	 * {@code Boolean}, {@code Integer}, {@code Long})
	 * @return the message
	 */
	public static String cannotConvert(Object json, String type) {
		if (json instanceof Boolean b) {
			return (b ? "TRUE_VALUE" : "FALSE_VALUE") + " cannot be converted to " + type;
		}
		if (json instanceof Number n) {
			boolean integral = (n instanceof Long)
					|| (n instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0);
			return (integral ? "NUMBER_VALUE" : "DECIMAL_VALUE") + " cannot be converted to " + type;
		}
		if (json instanceof String) {
			return "STRING_VALUE cannot be converted to " + type;
		}
		if (json instanceof List) {
			return "Unrecognized collection type class java.lang." + type;
		}
		return "Start of structure or map found where not expected";
	}

}
