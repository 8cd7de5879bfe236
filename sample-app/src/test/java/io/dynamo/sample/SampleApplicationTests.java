/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.sample;

import java.util.List;
import java.util.Map;

import io.dynamo.spring.core.DynamoKey;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample application starts on the embedded DynamoDB engine with zero set-up, reports
 * {@code dynamo} UP in its health and stores notes through its repository.
 *
 * @author dynamo-spring-boot authors
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SampleApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private NoteRepository notes;

	@Test
	void whenTheAppStartsThenHealthShowsDynamoUpOnTheEmbeddedServer() {
		Map<String, Object> health = client().get()
			.uri("/actuator/health/dynamo")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(health).containsEntry("status", "UP");
		assertThat(health.get("details")).asString().contains("region=us-east-1").contains("http://127.0.0.1:");
	}

	@Test
	void whenANoteIsPostedThenItCanBeReadAndListed() {
		Map<String, Object> created = client().post()
			.uri("/notes/alice")
			.contentType(MediaType.TEXT_PLAIN)
			.body("buy milk")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(created).containsEntry("author", "alice")
			.containsEntry("text", "buy milk")
			.containsEntry("version", 1);
		assertThat((String) created.get("id")).hasSize(26);
		Map<String, Object> read = client().get()
			.uri("/notes/alice/{id}", created.get("id"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(read).isEqualTo(created);
		List<Map<String, Object>> listed = client().get()
			.uri("/notes/alice")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(listed).contains(created);
		Map<String, Object> edited = client().put()
			.uri("/notes/alice/{id}", created.get("id"))
			.contentType(MediaType.TEXT_PLAIN)
			.body("buy oat milk")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(edited).containsEntry("text", "buy oat milk").containsEntry("version", 2);
	}

	@Test
	void whenNotesArePagedSearchedAndCountedThenTheRepositoryServesEachWithAKeyQuery() {
		for (String text : List.of("milk", "bread", "oat milk")) {
			client().post()
				.uri("/notes/dora")
				.contentType(MediaType.TEXT_PLAIN)
				.body(text)
				.retrieve()
				.toBodilessEntity();
		}
		Map<String, Object> first = client().get()
			.uri("/notes/dora/page?size=2")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat((List<?>) first.get("items")).hasSize(2);
		assertThat(first.get("nextToken")).isNotNull();
		Map<String, Object> second = client().get()
			.uri("/notes/dora/page?size=2&token={token}", first.get("nextToken"))
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat((List<?>) second.get("items")).hasSize(1);
		List<Map<String, Object>> found = client().get()
			.uri("/notes/dora/search?word=milk")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(found).extracting((note) -> note.get("text")).containsExactlyInAnyOrder("milk", "oat milk");
		assertThat(client().get().uri("/notes/dora/count").retrieve().body(Long.class)).isEqualTo(3);
		List<Map<String, Object>> newestFirst = client().get()
			.uri("/notes/dora")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(newestFirst).extracting((note) -> note.get("text")).containsExactly("oat milk", "bread", "milk");
	}

	@Test
	void theNoteRepositoryIsABeanOfTheApplication() {
		Note saved = this.notes.save(new Note("erin", null, "call bob", null, null));
		assertThat(saved.version()).isEqualTo(1L);
		assertThat(this.notes.findById(DynamoKey.of("erin", saved.id()))).contains(saved);
		assertThat(this.notes.findByAuthorAndTextContaining("erin", "bob")).containsExactly(saved);
		this.notes.delete(saved);
		assertThat(this.notes.countByAuthor("erin")).isZero();
	}

	@Test
	void whenARequestWasServedThenPrometheusShowsTheDynamoDbMeters() {
		client().post()
			.uri("/notes/bob")
			.contentType(MediaType.TEXT_PLAIN)
			.body("ship it")
			.retrieve()
			.toBodilessEntity();
		client().get().uri("/notes/bob").retrieve().toBodilessEntity();
		String scrape = client().get().uri("/actuator/prometheus").retrieve().body(String.class);
		assertThat(scrape).contains("dynamodb_capacity_consumed")
			.contains("dynamodb_requests_seconds_count{")
			.contains("operation=\"PutItem\"")
			.contains("operation=\"Query\"")
			.contains("dynamodb_items")
			.contains("dynamodb_sdk_attempts");
	}

	@Test
	void whenTheDynamoEndpointIsReadThenItShowsTheClientWithoutSecrets() {
		client().get().uri("/notes/carol").retrieve().toBodilessEntity();
		Map<String, Object> dynamo = client().get()
			.uri("/actuator/dynamo")
			.retrieve()
			.body(new ParameterizedTypeReference<>() {
			});
		assertThat(dynamo).containsEntry("region", "us-east-1").containsEntry("rateLimited", false);
		assertThat(dynamo.get("tables")).asString().contains("notes");
	}

	private RestClient client() {
		return RestClient.create("http://localhost:" + this.port);
	}

}
