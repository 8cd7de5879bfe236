/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.protocol.DynamoHttpServer;
import io.dynamo.embedded.support.EngineClients;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * The process {@link CrashRecoveryTests} kills: an engine on a directory, served over
 * HTTP, written by SDK clients from several threads until the process dies. Each write is
 * printed once acknowledged ({@code PUT key} after PutItem, {@code UPDATE key} after an
 * UpdateItem that sets two attributes at once). Arguments: the directory, a prefix of the
 * keys (one per run).
 */
public final class ChildWriter {

	static final int THREADS = 4;

	private ChildWriter() {
	}

	public static void main(String[] args) throws Exception {
		DynamoEngine engine = DynamoEngine.builder()
			.directory(Path.of(args[0]))
			.expirySweepInterval(Duration.ZERO)
			.compactJournalAfter(32 * 1024)
			.build();
		DynamoHttpServer server = engine.startHttpServer(0);
		DynamoDbClient setup = EngineClients.http(server);
		try {
			setup.createTable((t) -> t.tableName("load")
				.attributeDefinitions((a) -> a.attributeName("id").attributeType(ScalarAttributeType.S))
				.keySchema((k) -> k.attributeName("id").keyType(KeyType.HASH))
				.billingMode(BillingMode.PAY_PER_REQUEST));
		}
		catch (ResourceInUseException ex) {
			// a table left by an earlier run
		}
		System.out.println("READY");
		System.out.flush();
		for (int t = 0; t < THREADS; t++) {
			int thread = t;
			Thread writer = new Thread(() -> write(EngineClients.http(server), args[1] + "t" + thread));
			writer.start();
		}
	}

	private static void write(DynamoDbClient client, String prefix) {
		for (int n = 0;; n++) {
			String id = prefix + "-" + n;
			String value = "v1-" + id;
			client.putItem((p) -> p.tableName("load").item(item(id, value)));
			acknowledge("PUT " + id);
			if (n % 5 == 0) {
				String v2 = "v2-" + id;
				client.updateItem((u) -> u.tableName("load")
					.key(Map.of("id", AttributeValue.fromS(id)))
					.updateExpression("SET a = :v, b = :v")
					.expressionAttributeValues(Map.of(":v", AttributeValue.fromS(v2))));
				acknowledge("UPDATE " + id);
			}
		}
	}

	static Map<String, AttributeValue> item(String id, String value) {
		return Map.of("id", AttributeValue.fromS(id), "a", AttributeValue.fromS(value), "b",
				AttributeValue.fromS(value), "payload", AttributeValue.fromS(payload(id)));
	}

	static String payload(String id) {
		return (id + ":").repeat(40);
	}

	private static synchronized void acknowledge(String line) {
		System.out.println(line);
		System.out.flush();
	}

}
