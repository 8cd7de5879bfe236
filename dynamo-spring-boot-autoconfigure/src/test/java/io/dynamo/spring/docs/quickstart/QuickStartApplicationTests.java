/*
 * Copyright 2026 the dynamo-spring-boot authors.
 * Licensed under the Apache License, Version 2.0.
 */

package io.dynamo.spring.docs.quickstart;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's quick start as a Boot application: its sources ({@link Note},
 * {@link NoteService}, {@link QuickStartApplication}) are the README's samples, with the
 * imports it shows, and the application runs on the embedded server with the tables
 * created from the entities.
 *
 * @author dynamo-spring-boot authors
 */
class QuickStartApplicationTests {

	@Test
	void theQuickStartApplicationStartsAndItsServiceSavesUpdatesAndQueriesNotes() {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QuickStartApplication.class)
			.web(WebApplicationType.NONE)
			.properties("dynamo.embedded.enabled=true", "dynamo.schema.action=create-drop",
					"management.health.dynamo.enabled=false")
			.run()) {
			NoteService notes = context.getBean(NoteService.class);
			Note saved = notes.add("alice", "buy milk");
			assertThat(saved.id()).hasSize(26);
			assertThat(saved.version()).isEqualTo(1);
			Note edited = notes.edit(saved, "buy oat milk");
			assertThat(edited.text()).isEqualTo("buy oat milk");
			assertThat(edited.version()).isEqualTo(2);
			List<Note> all = notes.notesOf("alice");
			assertThat(all).singleElement().satisfies((note) -> assertThat(note.text()).isEqualTo("buy oat milk"));
		}
	}

}
