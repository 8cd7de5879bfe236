/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.storage;

/**
 * A table's stream: whether it is enabled, its view type and, once enabled, its label and
 * ARN (a stream keeps its label until disabled and enabled again).
 *
 * @param enabled whether changes are recorded
 * @param viewType KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or NEW_AND_OLD_IMAGES
 * @param label the latest stream label, or null
 * @param arn the latest stream ARN, or null
 */
public record StreamSettings(boolean enabled, String viewType, String label, String arn) {

	/** No stream ever enabled. */
	public static final StreamSettings NONE = new StreamSettings(false, null, null, null);

}
