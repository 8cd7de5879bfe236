/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.metrics;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The error code (and, for throttling, DynamoDB's throttling reason) of one failed
 * attempt, read from the JSON error body. The SDK raises an exception only for the last
 * attempt; reading the body of every error response is how throttled attempts that were
 * retried get counted. Only responses with an HTTP status of 400 or more are read, so
 * successful calls pay nothing.
 *
 * @param code the error code, such as {@code ProvisionedThroughputExceededException}
 * @param reason the first throttling reason DynamoDB gave, such as
 * {@code TableWriteProvisionedThroughputExceeded}, or {@code null}
 * @author dynamo-spring-boot authors
 */
public record DynamoErrorResponse(String code, @Nullable String reason) {

	private static final int MAX_BODY = 8192;

	private static final Set<String> THROTTLING_CODES = Set.of("ProvisionedThroughputExceededException",
			"ThrottlingException", "RequestLimitExceeded", "Throttling", "ThrottledException",
			"TooManyRequestsException");

	private static final Pattern BOUNDED = Pattern.compile("[A-Za-z0-9.]{1,96}");

	/**
	 * Whether the error is DynamoDB throttling the request.
	 * @return {@code true} for throttling error codes
	 */
	public boolean isThrottling() {
		return THROTTLING_CODES.contains(this.code);
	}

	/**
	 * Parse a JSON error body.
	 * @param body the body bytes
	 * @return the error, or {@code null} when the body carries no error type
	 */
	public static @Nullable DynamoErrorResponse parse(byte[] body) {
		String json = new String(body, 0, Math.min(body.length, MAX_BODY), StandardCharsets.UTF_8);
		String type = stringValue(json, "\"__type\"");
		if (type == null) {
			return null;
		}
		String code = type.substring(type.lastIndexOf('#') + 1);
		if (!BOUNDED.matcher(code).matches()) {
			return null;
		}
		String reason = stringValue(json, "\"reason\"");
		return new DynamoErrorResponse(code, (reason != null && BOUNDED.matcher(reason).matches()) ? reason : null);
	}

	private static @Nullable String stringValue(String json, String key) {
		int at = json.indexOf(key);
		if (at < 0) {
			return null;
		}
		int colon = json.indexOf(':', at + key.length());
		int open = (colon < 0) ? -1 : json.indexOf('"', colon + 1);
		int close = (open < 0) ? -1 : json.indexOf('"', open + 1);
		return (close < 0) ? null : json.substring(open + 1, close);
	}

	/**
	 * Read an error body of a synchronous call and hand its error to a consumer.
	 * @param body the body stream
	 * @param consumer receives the parsed error, if any
	 * @return a stream with the same bytes, for the SDK to unmarshal
	 */
	public static InputStream capture(InputStream body, Consumer<DynamoErrorResponse> consumer) {
		try (body) {
			byte[] bytes = body.readAllBytes();
			DynamoErrorResponse error = parse(bytes);
			if (error != null) {
				consumer.accept(error);
			}
			return new ByteArrayInputStream(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Watch an error body of an asynchronous call as it streams and hand its error to a
	 * consumer when it completes.
	 * @param body the body publisher
	 * @param consumer receives the parsed error, if any
	 * @return a publisher of the same buffers
	 */
	public static Publisher<ByteBuffer> capture(Publisher<ByteBuffer> body, Consumer<DynamoErrorResponse> consumer) {
		return (subscriber) -> body.subscribe(new CapturingSubscriber(subscriber, consumer));
	}

	private static final class CapturingSubscriber implements Subscriber<ByteBuffer> {

		private final Subscriber<? super ByteBuffer> delegate;

		private final Consumer<DynamoErrorResponse> consumer;

		private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

		CapturingSubscriber(Subscriber<? super ByteBuffer> delegate, Consumer<DynamoErrorResponse> consumer) {
			this.delegate = delegate;
			this.consumer = consumer;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			this.delegate.onSubscribe(subscription);
		}

		@Override
		public void onNext(ByteBuffer buffer) {
			int room = MAX_BODY - this.bytes.size();
			if (room > 0) {
				ByteBuffer copy = buffer.duplicate();
				byte[] chunk = new byte[Math.min(room, copy.remaining())];
				copy.get(chunk);
				this.bytes.write(chunk, 0, chunk.length);
			}
			this.delegate.onNext(buffer);
		}

		@Override
		public void onError(Throwable ex) {
			this.delegate.onError(ex);
		}

		@Override
		public void onComplete() {
			DynamoErrorResponse error = parse(this.bytes.toByteArray());
			if (error != null) {
				this.consumer.accept(error);
			}
			this.delegate.onComplete();
		}

	}

}
