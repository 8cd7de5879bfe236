/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.transaction;

import java.net.URI;

import io.dynamo.spring.core.DynamoTemplate;
import io.dynamo.spring.testsupport.DynamoLocal;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The embedded database with the tables of some entities, for the tests of a class, and a
 * template and transaction manager over a {@link RecordingClient}, whose record is
 * cleared before each test. Register it with {@code @RegisterExtension}.
 */
final class RecordedDatabase implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

	private final Class<?>[] entities;

	private DynamoLocal local;

	private RecordingClient recording;

	private DynamoTemplate template;

	RecordedDatabase(Class<?>... entities) {
		this.entities = entities;
	}

	@Override
	public void beforeAll(ExtensionContext context) {
		this.local = DynamoLocal.start(this.entities);
		this.recording = new RecordingClient(URI.create(this.local.endpoint()));
		this.template = new DynamoTemplate(this.recording.client(), this.local.mappingContext());
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		this.recording.clear();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		this.recording.close();
		this.local.close();
	}

	/**
	 * The calls the template and the managers made, attempt by attempt.
	 */
	RecordingClient recording() {
		return this.recording;
	}

	/**
	 * A template over the recording client.
	 */
	DynamoTemplate template() {
		return this.template;
	}

	/**
	 * A new transaction manager over the recording client.
	 */
	DynamoTransactionManager transactionManager() {
		return new DynamoTransactionManager(this.recording.client());
	}

}
