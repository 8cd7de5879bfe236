/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.capacity;

/**
 * Capacity units refilled at a rate, up to a burst allowance, on the engine's clock: a
 * request is admitted while the balance is positive and then pays what it consumed, so a
 * large item may take the balance below zero (as DynamoDB admits a request before it
 * knows its size). Written by hand rather than with a rate-limiting library: it is a
 * dozen lines, must run on the engine's injectable clock, and must go into debt.
 */
final class CapacityBucket {

	private double rate;

	private double capacity;

	private double balance;

	private long refilledAt;

	CapacityBucket(double rate, double burstSeconds, long now) {
		this.rate = rate;
		this.capacity = Math.max(rate, rate * burstSeconds);
		this.balance = this.capacity;
		this.refilledAt = now;
	}

	/**
	 * Adapts to a changed rate (UpdateTable), keeping the balance within the new burst.
	 */
	synchronized void rate(double rate, double burstSeconds) {
		if (rate != this.rate) {
			this.rate = rate;
			this.capacity = Math.max(rate, rate * burstSeconds);
			this.balance = Math.min(this.balance, this.capacity);
		}
	}

	/** Whether a request may start now. */
	synchronized boolean admits(long now) {
		refill(now);
		return this.balance > 0;
	}

	/** Pays the units a request consumed. */
	synchronized void consume(double units, long now) {
		refill(now);
		this.balance -= units;
	}

	synchronized double balance(long now) {
		refill(now);
		return this.balance;
	}

	private void refill(long now) {
		if (now > this.refilledAt) {
			this.balance = Math.min(this.capacity, this.balance + this.rate * (now - this.refilledAt) / 1000.0);
			this.refilledAt = now;
		}
	}

}
