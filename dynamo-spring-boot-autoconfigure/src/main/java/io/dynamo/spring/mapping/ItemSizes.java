/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Computes an item's size the way DynamoDB counts it against its 400 KB limit: attribute
 * names plus values (strings and binaries by length, numbers by significant digits, one
 * byte for booleans and nulls, three bytes plus one per element for lists and maps).
 *
 * @author dynamo-spring-boot authors
 */
public final class ItemSizes {

	/**
	 * DynamoDB's maximum item size: 400 KB.
	 */
	public static final long MAX_ITEM_SIZE = 400 * 1024;

	private ItemSizes() {
	}

	/**
	 * Return the size of an item.
	 * @param item the item
	 * @return its size in bytes
	 */
	public static long sizeOf(Map<String, AttributeValue> item) {
		long size = 0;
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			size += utf8(entry.getKey()) + sizeOf(entry.getValue());
		}
		return size;
	}

	/**
	 * Fail, before any call, when an item is larger than DynamoDB accepts.
	 * @param entityName the entity, for the message
	 * @param item the item
	 * @return the item's size in bytes
	 * @throws ItemSizeExceededException if the item is larger than 400 KB
	 */
	public static long check(String entityName, Map<String, AttributeValue> item) {
		long size = sizeOf(item);
		if (size > MAX_ITEM_SIZE) {
			String largest = item.entrySet()
				.stream()
				.sorted(Comparator.comparingLong(
						(Map.Entry<String, AttributeValue> entry) -> utf8(entry.getKey()) + sizeOf(entry.getValue()))
					.reversed())
				.limit(3)
				.map((entry) -> entry.getKey() + " (" + (utf8(entry.getKey()) + sizeOf(entry.getValue())) + " bytes)")
				.collect(Collectors.joining(", "));
			throw new ItemSizeExceededException(
					"Item of " + entityName + " is " + size + " bytes, over DynamoDB's limit of " + MAX_ITEM_SIZE
							+ " bytes (400 KB); largest attributes: " + largest
							+ ". Nothing was written: store large values elsewhere (such as S3) and keep a reference.",
					size);
		}
		return size;
	}

	/**
	 * Fail, before any call, when an item is larger than DynamoDB accepts; cheaper than
	 * {@link #check(String, Map)} for the items of everyday size: the exact size is
	 * computed only when a bound read off string lengths (at most three UTF-8 bytes per
	 * UTF-16 char) exceeds the limit.
	 * @param entityName the entity, for the message
	 * @param item the item
	 * @throws ItemSizeExceededException if the item is larger than 400 KB
	 */
	public static void requireWithinLimit(String entityName, Map<String, AttributeValue> item) {
		if (upperBound(item) > MAX_ITEM_SIZE) {
			check(entityName, item);
		}
	}

	/**
	 * Return a bound that an item's size never exceeds, computed without reading the
	 * characters of its strings.
	 * @param item the item
	 * @return the bound in bytes
	 */
	public static long upperBound(Map<String, AttributeValue> item) {
		return bound(item, 3);
	}

	/**
	 * Return an item's size with one byte counted per UTF-16 char, computed without
	 * reading the characters of its strings: exact for ASCII text, lower than the size
	 * for other text; numbers are counted by their length, as in the bound. For estimates
	 * that are corrected afterwards, such as the rate limiter's, never for the 400 KB
	 * check.
	 * @param item the item
	 * @return the estimate in bytes
	 */
	public static long estimate(Map<String, AttributeValue> item) {
		return bound(item, 1);
	}

	private static long bound(Map<String, AttributeValue> item, int bytesPerChar) {
		long bound = 0;
		for (Map.Entry<String, AttributeValue> entry : item.entrySet()) {
			bound += (long) bytesPerChar * entry.getKey().length() + bound(entry.getValue(), bytesPerChar);
		}
		return bound;
	}

	private static long bound(AttributeValue value, int bytesPerChar) {
		if (value.s() != null) {
			return (long) bytesPerChar * value.s().length();
		}
		if (value.n() != null) {
			return 1 + (value.n().length() + 1) / 2;
		}
		if (value.b() != null || value.bool() != null || value.nul() != null) {
			return sizeOf(value);
		}
		if (value.hasSs()) {
			return value.ss().stream().mapToLong((text) -> (long) bytesPerChar * text.length()).sum();
		}
		if (value.hasL()) {
			return 3 + value.l().stream().mapToLong((element) -> 1 + bound(element, bytesPerChar)).sum();
		}
		if (value.hasM()) {
			return 3 + value.m()
				.entrySet()
				.stream()
				.mapToLong((entry) -> 1 + (long) bytesPerChar * entry.getKey().length()
						+ bound(entry.getValue(), bytesPerChar))
				.sum();
		}
		// number and binary sets: their exact size is as cheap
		return sizeOf(value);
	}

	static long sizeOf(AttributeValue value) {
		if (value.s() != null) {
			return utf8(value.s());
		}
		if (value.n() != null) {
			return numberSize(value.n());
		}
		if (value.b() != null) {
			return value.b().asByteArrayUnsafe().length;
		}
		if (value.bool() != null || value.nul() != null) {
			return 1;
		}
		if (value.hasSs()) {
			return value.ss().stream().mapToLong(ItemSizes::utf8).sum();
		}
		if (value.hasNs()) {
			return value.ns().stream().mapToLong(ItemSizes::numberSize).sum();
		}
		if (value.hasBs()) {
			return value.bs().stream().mapToLong((SdkBytes bytes) -> bytes.asByteArrayUnsafe().length).sum();
		}
		if (value.hasL()) {
			return 3 + value.l().stream().mapToLong((element) -> 1 + sizeOf(element)).sum();
		}
		if (value.hasM()) {
			return 3 + value.m()
				.entrySet()
				.stream()
				.mapToLong((entry) -> 1 + utf8(entry.getKey()) + sizeOf(entry.getValue()))
				.sum();
		}
		return 0;
	}

	private static long numberSize(String number) {
		// significant digits, without sign, point, exponent and leading zeros; no
		// allocation: this runs for every number of every item written
		int digits = 0;
		boolean leading = true;
		for (int i = 0; i < number.length(); i++) {
			char c = number.charAt(i);
			if (c == 'e' || c == 'E') {
				break;
			}
			if (c >= '0' && c <= '9') {
				if (leading && c == '0') {
					continue;
				}
				leading = false;
				digits++;
			}
		}
		return 1 + (digits + 1) / 2;
	}

	private static long utf8(String text) {
		long bytes = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 0x80) {
				bytes++;
			}
			else if (c < 0x800) {
				bytes += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				bytes += 4;
				i++;
			}
			else {
				bytes += 3;
			}
		}
		return bytes;
	}

}
