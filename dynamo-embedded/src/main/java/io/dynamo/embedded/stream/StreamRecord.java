/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

import java.time.Instant;
import java.util.Map;

import io.dynamo.embedded.model.AttributeValue;

/**
 * One record of a stream: one item's change as the stream's view type keeps it.
 *
 * @param sequence the record's position (increasing in the shard)
 * @param eventId a unique identifier of the record
 * @param eventName INSERT, MODIFY or REMOVE
 * @param created when the change was applied, on the engine's clock
 * @param keys the item's key attributes
 * @param newImage the item after the change, or null (not kept, or removed)
 * @param oldImage the item before the change, or null (not kept, or inserted)
 * @param sizeBytes the size of the record's keys and images
 * @param service whether the service made the change (a TTL removal)
 */
public record StreamRecord(long sequence, String eventId, String eventName, Instant created,
		Map<String, AttributeValue> keys, Map<String, AttributeValue> newImage, Map<String, AttributeValue> oldImage,
		long sizeBytes, boolean service) {

	/** The sequence number as DynamoDB Streams writes it (21 digits). */
	public String sequenceNumber() {
		return SequenceNumbers.format(this.sequence);
	}

}
