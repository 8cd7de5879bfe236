/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.dynamo.embedded.DynamoEngine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An SDK interceptor that rewrites the JSON body the SDK marshalled, so that tests can
 * send what no SDK sends (a number as {@code +1}, a string where a boolean goes, an
 * unknown member) through the SDK's whole pipeline and read the engine's error as the SDK
 * parses it.
 */
public final class BodyRewriter implements ExecutionInterceptor {

	private static final ExecutionAttribute<byte[]> REWRITTEN = new ExecutionAttribute<>("rewrittenBody");

	private volatile UnaryOperator<String> rewrite = UnaryOperator.identity();

	/** A client of the engine, in-process, whose request bodies this rewriter changes. */
	public DynamoDbClient client(DynamoEngine engine) {
		return DynamoDbClient.builder()
			.httpClient(engine.httpClient())
			.endpointOverride(URI.create("http://localhost:8000"))
			.region(Region.US_EAST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
			.overrideConfiguration((c) -> c.addExecutionInterceptor(this).retryStrategy((r) -> r.maxAttempts(1)))
			.build();
	}

	/** Rewrites the bodies of the following requests; identity to stop. */
	public void rewrite(UnaryOperator<String> rewrite) {
		this.rewrite = rewrite;
	}

	/** Replaces the first occurrence of a text in the following request bodies. */
	public void replace(String text, String replacement) {
		rewrite((body) -> {
			if (!body.contains(text)) {
				throw new IllegalStateException("The request body has no " + text + ": " + body);
			}
			return body.replaceFirst(java.util.regex.Pattern.quote(text),
					java.util.regex.Matcher.quoteReplacement(replacement));
		});
	}

	// The SDK asks for the request and for its content in an order of its own: whichever
	// comes first rewrites the body, so that Content-Length counts the body sent.
	@Override
	public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
			ExecutionAttributes executionAttributes) {
		byte[] rewritten = rewritten(context, executionAttributes);
		if (rewritten == null) {
			return context.httpRequest();
		}
		return context.httpRequest().toBuilder().putHeader("Content-Length", String.valueOf(rewritten.length)).build();
	}

	@Override
	public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context,
			ExecutionAttributes executionAttributes) {
		byte[] rewritten = rewritten(context, executionAttributes);
		return (rewritten != null) ? Optional.of(RequestBody.fromBytes(rewritten)) : context.requestBody();
	}

	private byte[] rewritten(Context.ModifyHttpRequest context, ExecutionAttributes executionAttributes) {
		byte[] rewritten = executionAttributes.getAttribute(REWRITTEN);
		if (rewritten != null || context.requestBody().isEmpty()) {
			return rewritten;
		}
		try (InputStream in = context.requestBody().get().contentStreamProvider().newStream()) {
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			rewritten = this.rewrite.apply(text).getBytes(StandardCharsets.UTF_8);
			executionAttributes.putAttribute(REWRITTEN, rewritten);
			return rewritten;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
