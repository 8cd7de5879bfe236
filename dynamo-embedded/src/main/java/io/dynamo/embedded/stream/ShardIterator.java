/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.stream;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A position in a shard, as the opaque text GetShardIterator hands out: the stream ARN,
 * then (encoded) the shard, the sequence number reading starts after and when it was
 * issued, since an iterator expires 15 minutes after it is returned.
 *
 * @param streamArn the stream
 * @param shardId the shard
 * @param after reading returns records with greater sequence numbers
 * @param issued when the iterator was handed out, on the engine's clock
 */
public record ShardIterator(String streamArn, String shardId, long after, Instant issued) {

	/** How long an iterator may be used. */
	public static final Duration LIFETIME = Duration.ofMinutes(15);

	private static final String SEPARATOR = "|1|";

	/** The iterator as text. */
	public String encode() {
		String position = this.shardId + "|" + this.after + "|" + this.issued.toEpochMilli();
		return this.streamArn + SEPARATOR
				+ Base64.getEncoder().encodeToString(position.getBytes(StandardCharsets.UTF_8));
	}

	/** The iterator of a text, or null when it is not one. */
	public static ShardIterator decode(String text) {
		int at = (text != null) ? text.lastIndexOf(SEPARATOR) : -1;
		if (at <= 0) {
			return null;
		}
		try {
			String position = new String(Base64.getDecoder().decode(text.substring(at + SEPARATOR.length())),
					StandardCharsets.UTF_8);
			String[] parts = position.split("\\|");
			if (parts.length != 3) {
				return null;
			}
			return new ShardIterator(text.substring(0, at), parts[0], Long.parseLong(parts[1]),
					Instant.ofEpochMilli(Long.parseLong(parts[2])));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Whether it may no longer be used at that time. */
	public boolean expired(Instant now) {
		return this.issued.plus(LIFETIME).isBefore(now);
	}

}
