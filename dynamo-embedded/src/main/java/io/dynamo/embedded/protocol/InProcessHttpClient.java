/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * An {@link SdkHttpClient} that hands each request to the engine on the caller's thread,
 * without a socket: the SDK's whole pipeline (marshalling, signing, interceptors,
 * retries) runs, at memory speed.
 */
public final class InProcessHttpClient implements SdkHttpClient {

	private final RequestHandler handler;

	public InProcessHttpClient(RequestHandler handler) {
		this.handler = handler;
	}

	@Override
	public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
		return new ExecutableHttpRequest() {
			@Override
			public HttpExecuteResponse call() throws IOException {
				byte[] body = new byte[0];
				if (request.contentStreamProvider().isPresent()) {
					try (InputStream in = request.contentStreamProvider().get().newStream()) {
						body = in.readAllBytes();
					}
				}
				String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse(null);
				EngineResponse response = InProcessHttpClient.this.handler.handle(target, body);
				return HttpExecuteResponse.builder()
					.response(httpResponse(response))
					.responseBody(AbortableInputStream.create(new ByteArrayInputStream(response.body())))
					.build();
			}

			@Override
			public void abort() {
			}
		};
	}

	static SdkHttpResponse httpResponse(EngineResponse response) {
		return SdkHttpResponse.builder()
			.statusCode(response.status())
			.putHeader("Content-Type", EngineResponse.CONTENT_TYPE)
			.putHeader("Content-Length", Integer.toString(response.body().length))
			.putHeader("x-amzn-RequestId", response.requestId())
			.putHeader("x-amz-crc32", Long.toString(response.crc32()))
			.build();
	}

	@Override
	public String clientName() {
		return "DynamoEmbeddedInProcess";
	}

	@Override
	public void close() {
	}

	static UncheckedIOException unchecked(IOException ex) {
		return new UncheckedIOException(ex);
	}

}
