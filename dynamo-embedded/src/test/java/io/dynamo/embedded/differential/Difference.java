/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.differential;

/**
 * One response on which the engine and dynalite disagree.
 *
 * @param category the operation and what differs ({@code Query Items},
 * {@code PutItem error message}, {@code GetItem status})
 * @param where seed, sequence and step, to replay it
 * @param request the request body as sent
 * @param dynalite dynalite's normalized response
 * @param engine the engine's normalized response
 * @param items for a write, the items it names as dynalite holds them after it (before
 * it, when dynalite refused it), or empty
 */
record Difference(String category, String where, String request, String dynalite, String engine, String items) {

	/** What the known differences' patterns are matched against. */
	String text() {
		return "request=" + this.request + " dynalite=" + this.dynalite + " engine=" + this.engine + " items="
				+ this.items;
	}

}
