/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import io.dynamo.embedded.model.AttributeValue;

/**
 * The 24-bit prefix that spreads partitions over the key space as dynalite spreads them:
 * the first three bytes of MD5("Outliers", key bytes), numbers encoded as DynamoDB
 * serialises them (a base-100 exponent byte, then digit pairs). Ordering partitions by it
 * makes a Scan return items in dynalite's order, so the two can be compared item for
 * item, and parallel scan segments cut the same ranges.
 */
public final class HashPrefix {

	private static final byte[] SALT = "Outliers".getBytes(StandardCharsets.US_ASCII);

	private HashPrefix() {
	}

	/** The prefix of a partition value. */
	public static int of(AttributeValue hash) {
		return of(hash, null);
	}

	/** The prefix of a whole key (it orders items with equal index keys). */
	public static int of(AttributeValue hash, AttributeValue range) {
		MessageDigest md5 = md5();
		md5.update(SALT);
		md5.update(bytes(hash));
		if (range != null) {
			md5.update(bytes(range));
		}
		byte[] digest = md5.digest();
		return ((digest[0] & 0xff) << 16) | ((digest[1] & 0xff) << 8) | (digest[2] & 0xff);
	}

	/** The key bytes that are hashed: UTF-8, raw binary, or the number encoding. */
	static byte[] bytes(AttributeValue value) {
		if (value instanceof AttributeValue.S s) {
			return s.value().getBytes(StandardCharsets.UTF_8);
		}
		if (value instanceof AttributeValue.B b) {
			return b.value();
		}
		if (value instanceof AttributeValue.N n) {
			return numberBytes(n.value());
		}
		throw new IllegalArgumentException("Not a key type: " + value.type());
	}

	/**
	 * DynamoDB's number serialisation: an exponent byte (base 100, biased by 64, inverted
	 * for negatives), then the digits in pairs, each pair plus one (or 101 minus the pair
	 * for negatives), short negatives closed by 102.
	 */
	static byte[] numberBytes(BigDecimal number) {
		if (number.signum() == 0) {
			return new byte[] { (byte) 0x80 };
		}
		boolean negative = number.signum() < 0;
		String mantissa = number.unscaledValue().abs().toString();
		int trailing = mantissa.length();
		while (trailing > 1 && mantissa.charAt(trailing - 1) == '0') {
			trailing--;
		}
		mantissa = mantissa.substring(0, trailing);
		// exponent of the first digit, plus one (so 0.1 <= mantissa < 1)
		int exponent = number.precision() - number.scale();
		boolean pad = (exponent % 2) != 0;
		String digits = pad ? "0" + mantissa : mantissa;
		ByteArrayOutputStream out = new ByteArrayOutputStream(digits.length() / 2 + 3);
		int head = Math.floorDiv(exponent + (pad ? 1 : 0), 2) - 64;
		out.write(negative ? ~head : head);
		for (int i = 0; i < digits.length(); i += 2) {
			int pair = (digits.charAt(i) - '0') * 10 + ((i + 1 < digits.length()) ? digits.charAt(i + 1) - '0' : 0);
			out.write(negative ? 101 - pair : pair + 1);
		}
		int length = (mantissa.length() + (pad ? 1 : 0) + 1) / 2;
		if (negative && length < 20) {
			out.write(102);
		}
		return out.toByteArray();
	}

	private static MessageDigest md5() {
		try {
			return MessageDigest.getInstance("MD5");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is required of every JVM", ex);
		}
	}

}
