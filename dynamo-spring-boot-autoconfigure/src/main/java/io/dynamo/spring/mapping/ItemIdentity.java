/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.mapping;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A table and a key, compared with numbers in canonical form ({@code 1.50} and
 * {@code 1.5} are one key to DynamoDB): how a batch refuses a key written twice and a
 * transaction two actions on one item.
 *
 * @param table the table name
 * @param key the key attributes
 * @author dynamo-spring-boot authors
 */
public record ItemIdentity(String table, Map<String, AttributeValue> key) {

	/**
	 * Create an identity, with the key's numbers in canonical form.
	 * @param table the table name
	 * @param key the key attributes
	 */
	public ItemIdentity {
		// a copy only for keys with a number, the rare case: string and binary keys are
		// compared as they are
		if (hasNumber(key)) {
			Map<String, AttributeValue> canonical = new HashMap<>(key.size());
			key.forEach((name, value) -> canonical.put(name, (value != null && value.n() != null)
					? AttributeValue.fromN(new BigDecimal(value.n()).stripTrailingZeros().toPlainString()) : value));
			key = canonical;
		}
	}

	/**
	 * A hash of the key's string, number and binary values, the only types a key
	 * attribute takes: equal identities have equal values, so equal hashes, and this
	 * spares hashing every field of every {@link AttributeValue} at each lookup.
	 * @return the hash
	 */
	@Override
	public int hashCode() {
		int hash = this.table.hashCode();
		for (Map.Entry<String, AttributeValue> entry : this.key.entrySet()) {
			AttributeValue value = entry.getValue();
			Object scalar = (value == null) ? null
					: (value.s() != null) ? value.s() : (value.n() != null) ? value.n() : value.b();
			hash += entry.getKey().hashCode() ^ Objects.hashCode(scalar);
		}
		return hash;
	}

	private static boolean hasNumber(Map<String, AttributeValue> key) {
		for (AttributeValue value : key.values()) {
			if (value != null && value.n() != null) {
				return true;
			}
		}
		return false;
	}

}
