/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.table;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;
import io.dynamo.embedded.operation.Constraints;
import io.dynamo.embedded.operation.Members;
import io.dynamo.embedded.storage.StreamSettings;

/**
 * A {@code StreamSpecification} applied to a table's stream settings: enabling makes a
 * new stream (a new label and ARN), disabling keeps the last label for DescribeTable.
 */
final class Streams {

	private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
		.withZone(ZoneOffset.UTC);

	private Streams() {
	}

	static StreamSettings settings(Map<String, Object> specification, StreamSettings current, String tableArn,
			Instant now) {
		if (specification == null) {
			return current;
		}
		Boolean enabled = Members.bool(specification, "StreamEnabled");
		String viewType = Members.string(specification, "StreamViewType");
		new Constraints().notNull("streamSpecification.streamEnabled", enabled)
			.oneOf("streamSpecification.streamViewType", viewType, "NEW_IMAGE", "OLD_IMAGE", "NEW_AND_OLD_IMAGES",
					"KEYS_ONLY")
			.check();
		if (!enabled) {
			if (viewType != null) {
				throw DynamoException.validation(
						"One or more parameter values were invalid: StreamViewType cannot be specified when StreamEnabled is false");
			}
			return new StreamSettings(false, null, current.label(), current.arn());
		}
		if (viewType == null) {
			throw DynamoException.validation(
					"One or more parameter values were invalid: StreamViewType must be specified when StreamEnabled is true");
		}
		String label = LABEL.format(now);
		return new StreamSettings(true, viewType, label, tableArn + "/stream/" + label);
	}

}
