/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.TransactionInProgressException;

import io.dynamo.spring.core.DynamoExceptionTranslator;

import org.springframework.transaction.TransactionTimedOutException;

/**
 * Sends a transaction and sends the same request again (so with the same
 * {@code ClientRequestToken}) while DynamoDB cancels it only for conflicts or throttling,
 * with exponential backoff and full jitter, up to a number of retries and within the
 * transaction's timeout. The SDK's own retries of the request carry the same token too.
 *
 * @param retries the retries after the first attempt
 * @param backoff the first backoff, doubled for each retry up to a second
 * @author dynamo-spring-boot authors
 */
record ConflictRetries(int retries, Duration backoff) {

	private static final long MAX_BACKOFF_NANOS = Duration.ofSeconds(1).toNanos();

	private static final DynamoExceptionTranslator translator = new DynamoExceptionTranslator();

	/**
	 * Send until done.
	 * @param api the API, for messages
	 * @param actions the actions sent, in order
	 * @param token the request's token, or {@code null} for a transact get
	 * @param timeout the time left, or {@code null} for no bound
	 * @param send sends the request with a call timeout (or {@code null} for the
	 * client's)
	 * @return the response
	 */
	<R> R send(String api, List<? extends TransactAction> actions, @Nullable String token, @Nullable Duration timeout,
			Function<@Nullable Duration, R> send) {
		long deadline = (timeout != null) ? System.nanoTime() + timeout.toNanos() : Long.MAX_VALUE;
		for (int attempt = 1;; attempt++) {
			Duration left = (timeout != null) ? Duration.ofNanos(deadline - System.nanoTime()) : null;
			if (left != null && (left.isNegative() || left.isZero())) {
				throw new TransactionTimedOutException(api + " did not complete before the transaction's timeout of "
						+ timeout + "; nothing of it was written");
			}
			try {
				return send.apply(left);
			}
			catch (TransactionCanceledException ex) {
				List<CancellationReason> reasons = Cancellations.reasons(ex, actions);
				if (!Cancellations.isTransient(reasons)) {
					throw Cancellations.canceled(api, ex, actions, reasons, token);
				}
				if (attempt > this.retries || !backoff(attempt, deadline)) {
					throw Cancellations.conflict(api, ex, reasons, token, attempt);
				}
			}
			catch (TransactionInProgressException ex) {
				// an attempt with this token is still running on DynamoDB's side: asking
				// again with the same token returns its outcome once it is done
				if (attempt > this.retries || !backoff(attempt, deadline)) {
					throw translator.translate(ex, api, null);
				}
			}
			catch (SdkException ex) {
				throw translator.translate(ex, api, null);
			}
		}
	}

	private boolean backoff(int attempt, long deadline) {
		long cap = Math.min(MAX_BACKOFF_NANOS, this.backoff.toNanos() << Math.min(attempt - 1, 20));
		long sleep = (cap > 0) ? ThreadLocalRandom.current().nextLong(cap + 1) : 0;
		if (System.nanoTime() + sleep > deadline) {
			return false;
		}
		try {
			Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
