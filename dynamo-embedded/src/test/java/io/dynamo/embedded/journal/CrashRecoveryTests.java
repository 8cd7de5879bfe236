/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.embedded.journal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.dynamo.embedded.DynamoEngine;
import io.dynamo.embedded.support.EngineClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A child JVM writes through the SDK over HTTP to an engine on a directory and is killed
 * ({@code destroyForcibly}, no shutdown hook runs) in the middle of the load. Restarted
 * on the same directory, the engine has every write the child saw acknowledged, and no
 * item is half-written: each has all its attributes, and the two attributes an UpdateItem
 * sets together are equal.
 */
class CrashRecoveryTests {

	@TempDir
	Path directory;

	@Test
	void everyAcknowledgedWriteSurvivesAKilledProcess() throws Exception {
		List<String> acknowledged = new ArrayList<>();
		for (int round = 0; round < 2; round++) {
			acknowledged.addAll(runAndKill("r" + round, 250 + round * 100));
		}
		Set<String> puts = new LinkedHashSet<>();
		Set<String> updates = new LinkedHashSet<>();
		for (String line : acknowledged) {
			if (line.startsWith("PUT ")) {
				puts.add(line.substring(4));
			}
			else if (line.startsWith("UPDATE ")) {
				updates.add(line.substring(7));
			}
		}
		assertThat(puts).hasSizeGreaterThanOrEqualTo(400);

		try (DynamoEngine engine = DynamoEngine.builder()
			.directory(this.directory)
			.expirySweepInterval(Duration.ZERO)
			.build(); DynamoDbClient client = EngineClients.inProcess(engine)) {
			for (String id : puts) {
				Map<String, AttributeValue> item = client
					.getItem((g) -> g.tableName("load").key(Map.of("id", AttributeValue.fromS(id))))
					.item();
				assertThat(item).as(id).containsOnlyKeys("id", "a", "b", "payload");
				assertThat(item.get("payload").s()).as(id).isEqualTo(ChildWriter.payload(id));
				assertThat(item.get("a")).as(id).isEqualTo(item.get("b"));
				String expected = (updates.contains(id) ? "v2-" : "v1-") + id;
				if (updates.contains(id)) {
					assertThat(item.get("a").s()).as(id).isEqualTo(expected);
				}
				else {
					// an update not yet acknowledged may or may not have reached the disk
					assertThat(item.get("a").s()).as(id).isIn("v1-" + id, "v2-" + id);
				}
			}
			assertThat(client.describeTable((d) -> d.tableName("load")).table().itemCount())
				.isGreaterThanOrEqualTo(puts.size());
		}
	}

	/** Runs the child until it acknowledged at least that many writes, then kills it. */
	private List<String> runAndKill(String prefix, int writes) throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
				ChildWriter.class.getName(), this.directory.toString(), prefix)
			.redirectError(ProcessBuilder.Redirect.DISCARD)
			.start();
		List<String> lines = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch enough = new CountDownLatch(1);
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(
					new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				int acks = 0;
				while ((line = in.readLine()) != null) {
					lines.add(line);
					if (!line.equals("READY") && ++acks >= writes) {
						enough.countDown();
					}
				}
			}
			catch (IOException ex) {
				// the child died: what was read is what it acknowledged
			}
			enough.countDown();
		});
		reader.start();
		boolean reached = enough.await(5, TimeUnit.MINUTES);
		child.destroyForcibly();
		child.waitFor(1, TimeUnit.MINUTES);
		reader.join(TimeUnit.MINUTES.toMillis(1));
		assertThat(reached).as("the child acknowledged %d writes", writes).isTrue();
		assertThat(lines).as("the child started").contains("READY");
		return new ArrayList<>(lines);
	}

}
