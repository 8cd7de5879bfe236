/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

/**
 * A response ready for the wire: the status, the JSON body and the request id.
 *
 * @param status the HTTP status
 * @param body UTF-8 JSON
 * @param requestId the {@code x-amzn-RequestId}
 * @param crc32 the CRC32 of the body, sent as {@code x-amz-crc32} (the SDK checks it)
 */
public record EngineResponse(int status, byte[] body, String requestId, long crc32) {

	/** The content type DynamoDB answers with. */
	public static final String CONTENT_TYPE = "application/x-amz-json-1.0";

}
