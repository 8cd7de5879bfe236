/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.operation.transaction;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

import io.dynamo.embedded.model.DynamoException;

/**
 * The {@code ClientRequestToken}s of the last ten minutes on the engine's clock: a token
 * is reserved while its transaction runs, then remembered with the request and its
 * response for ten minutes after it completed. A transaction that fails releases its
 * token, so a retry runs again.
 */
final class RequestTokens {

	/** How long DynamoDB keeps a token after its request completed. */
	static final Duration WINDOW = Duration.ofMinutes(10);

	private final Clock clock;

	private final Map<String, Entry> tokens = new HashMap<>();

	private final ArrayDeque<Expiry> expiries = new ArrayDeque<>();

	RequestTokens(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Reserves a token for a request, or answers the response of the same request made
	 * with it before.
	 * @return null when the caller is to run the request (then {@link #complete} or
	 * {@link #release}), else the earlier response
	 * @throws DynamoException an {@code IdempotentParameterMismatchException} for another
	 * request with the token, a {@code TransactionInProgressException} while the first
	 * runs
	 */
	synchronized Map<String, Object> begin(String token, Object request) {
		expire();
		Entry entry = this.tokens.get(token);
		if (entry == null) {
			this.tokens.put(token, new Entry(request));
			return null;
		}
		if (!entry.request.equals(request)) {
			throw DynamoException.of("IdempotentParameterMismatchException", 400,
					"The request uses the same client token as a previous, but non-identical request.");
		}
		if (entry.response == null) {
			throw DynamoException.of("TransactionInProgressException", 400,
					"The transaction with the given request token is already in progress.");
		}
		return entry.response;
	}

	/** Remembers the response of a reserved token's request, for ten minutes from now. */
	synchronized void complete(String token, Map<String, Object> response) {
		Entry entry = this.tokens.get(token);
		if (entry != null) {
			entry.response = response;
			Instant expires = this.clock.instant().plus(WINDOW);
			entry.expires = expires;
			this.expiries.add(new Expiry(token, expires));
		}
	}

	/** Frees a reserved token whose request failed. */
	synchronized void release(String token) {
		Entry entry = this.tokens.get(token);
		if (entry != null && entry.response == null) {
			this.tokens.remove(token);
		}
	}

	private void expire() {
		Instant now = this.clock.instant();
		while (!this.expiries.isEmpty() && !this.expiries.peek().at().isAfter(now)) {
			Expiry expiry = this.expiries.poll();
			Entry entry = this.tokens.get(expiry.token());
			if (entry != null && expiry.at().equals(entry.expires)) {
				this.tokens.remove(expiry.token());
			}
		}
	}

	private static final class Entry {

		final Object request;

		Map<String, Object> response;

		Instant expires;

		Entry(Object request) {
			this.request = request;
		}

	}

	private record Expiry(String token, Instant at) {
	}

}
