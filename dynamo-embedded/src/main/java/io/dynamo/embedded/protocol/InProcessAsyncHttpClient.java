/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.protocol;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import software.amazon.awssdk.http.async.AsyncExecuteRequest;
import software.amazon.awssdk.http.async.SdkAsyncHttpClient;
import software.amazon.awssdk.http.async.SdkAsyncHttpResponseHandler;

/**
 * An {@link SdkAsyncHttpClient} that hands each request to the engine without a socket.
 * The engine runs on a small pool of its own, never on the caller's thread, so that an
 * async caller is never blocked (an injected delay included).
 */
public final class InProcessAsyncHttpClient implements SdkAsyncHttpClient {

	private final RequestHandler handler;

	private final ExecutorService executor;

	public InProcessAsyncHttpClient(RequestHandler handler) {
		this.handler = handler;
		AtomicInteger threads = new AtomicInteger();
		this.executor = Executors.newCachedThreadPool((runnable) -> {
			Thread thread = new Thread(runnable, "dynamo-embedded-async-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public CompletableFuture<Void> execute(AsyncExecuteRequest request) {
		CompletableFuture<Void> done = new CompletableFuture<>();
		String target = request.request().firstMatchingHeader("X-Amz-Target").orElse(null);
		request.requestContentPublisher().subscribe(new BodyCollector((body) -> this.executor.execute(() -> {
			try {
				EngineResponse response = this.handler.handle(target, body);
				respond(request.responseHandler(), response, done);
			}
			catch (RuntimeException ex) {
				request.responseHandler().onError(ex);
				done.completeExceptionally(ex);
			}
		}), (error) -> {
			request.responseHandler().onError(error);
			done.completeExceptionally(error);
		}));
		return done;
	}

	private static void respond(SdkAsyncHttpResponseHandler handler, EngineResponse response,
			CompletableFuture<Void> done) {
		handler.onHeaders(InProcessHttpClient.httpResponse(response));
		handler.onStream(new SingleBufferPublisher(ByteBuffer.wrap(response.body()), done));
	}

	@Override
	public String clientName() {
		return "DynamoEmbeddedInProcessAsync";
	}

	@Override
	public void close() {
		this.executor.shutdown();
	}

	/** Collects a request body, then hands it on. */
	private static final class BodyCollector implements Subscriber<ByteBuffer> {

		private final java.util.function.Consumer<byte[]> onBody;

		private final java.util.function.Consumer<Throwable> onError;

		private final ByteArrayOutputStream out = new ByteArrayOutputStream();

		BodyCollector(java.util.function.Consumer<byte[]> onBody, java.util.function.Consumer<Throwable> onError) {
			this.onBody = onBody;
			this.onError = onError;
		}

		@Override
		public void onSubscribe(Subscription subscription) {
			subscription.request(Long.MAX_VALUE);
		}

		@Override
		public void onNext(ByteBuffer buffer) {
			byte[] bytes = new byte[buffer.remaining()];
			buffer.get(bytes);
			this.out.write(bytes, 0, bytes.length);
		}

		@Override
		public void onError(Throwable error) {
			this.onError.accept(error);
		}

		@Override
		public void onComplete() {
			this.onBody.accept(this.out.toByteArray());
		}

	}

	/** Publishes one buffer, then completes, honouring demand and cancellation. */
	private static final class SingleBufferPublisher implements Publisher<ByteBuffer> {

		private final ByteBuffer buffer;

		private final CompletableFuture<Void> done;

		SingleBufferPublisher(ByteBuffer buffer, CompletableFuture<Void> done) {
			this.buffer = buffer;
			this.done = done;
		}

		@Override
		public void subscribe(Subscriber<? super ByteBuffer> subscriber) {
			AtomicBoolean sent = new AtomicBoolean();
			subscriber.onSubscribe(new Subscription() {
				@Override
				public void request(long n) {
					if (n > 0 && sent.compareAndSet(false, true)) {
						if (SingleBufferPublisher.this.buffer.hasRemaining()) {
							subscriber.onNext(SingleBufferPublisher.this.buffer);
						}
						subscriber.onComplete();
						SingleBufferPublisher.this.done.complete(null);
					}
				}

				@Override
				public void cancel() {
					if (sent.compareAndSet(false, true)) {
						SingleBufferPublisher.this.done.complete(null);
					}
				}
			});
		}

	}

}
